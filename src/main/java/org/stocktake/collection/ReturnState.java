package org.stocktake.collection;

/** Where an authority's return stands. {@code NOT_STARTED} is never stored: it is the absence of a return. */
public enum ReturnState {
	NOT_STARTED, DRAFT, SUBMITTED, QUERIED, ACCEPTED, REJECTED;

	/** Whether the council may still change figures and submit. */
	public boolean editable() {
		return this == NOT_STARTED || this == DRAFT || this == QUERIED;
	}

	public String messageKey() {
		return "collection.state." + name();
	}

	public String tagClass() {
		return switch (this) {
			case NOT_STARTED -> "govuk-tag--grey";
			case DRAFT -> "govuk-tag--light-blue";
			case SUBMITTED -> "govuk-tag--blue";
			case QUERIED -> "govuk-tag--orange";
			case ACCEPTED -> "govuk-tag--green";
			case REJECTED -> "govuk-tag--red";
		};
	}
}
