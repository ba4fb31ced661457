package org.stocktake.data;

import java.util.Optional;

/** Which way is better. For {@code NEUTRAL} measures areas are ordered by value, descending, and the order is a "position". */
public enum Polarity {
	HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL;

	public static Optional<Polarity> parse(String text) {
		return Enums.parse(Polarity.class, text);
	}

	/** Whether a higher value comes first in the ranking (true for HIGHER_IS_BETTER and NEUTRAL). */
	public boolean higherFirst() {
		return this != LOWER_IS_BETTER;
	}

	public String messageKey() {
		return "data.polarity." + name();
	}
}
