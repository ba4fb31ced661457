package org.stocktake.consultation;

/** The kinds of question a questionnaire can ask. */
public enum QuestionType {
	/** One of the options (radios). */
	SINGLE_CHOICE,
	/** Any number of the options (checkboxes). */
	MULTIPLE_CHOICE,
	/** Words. */
	FREE_TEXT,
	/** A whole number from {@code scaleMin} to {@code scaleMax}, e.g. 1 = poor … 4 = excellent. */
	SCALE,
	/** Any number, e.g. "how many staff attended". */
	NUMBER;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}
}
