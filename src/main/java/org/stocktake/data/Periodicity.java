package org.stocktake.data;

import java.util.Optional;

/** How often a measure is published, which fixes how its periods are written. */
public enum Periodicity {
	FINANCIAL_YEAR, ACADEMIC_YEAR, CALENDAR_YEAR, FINANCIAL_QUARTER, CALENDAR_QUARTER, MONTH;

	public static Optional<Periodicity> parse(String text) {
		return Enums.parse(Periodicity.class, text);
	}

	/** An example period, for messages that say what was expected. */
	public String example() {
		return switch (this) {
			case FINANCIAL_YEAR, ACADEMIC_YEAR -> "2015/16";
			case CALENDAR_YEAR -> "2015";
			case FINANCIAL_QUARTER -> "2015/16 Q1";
			case CALENDAR_QUARTER -> "2015 Q1";
			case MONTH -> "2015-04";
		};
	}

	public String messageKey() {
		return "data.periodicity." + name();
	}
}
