package org.stocktake.data;

import java.util.Optional;

/** What a measure's numbers count, as CONTRACT.md names the units. */
public enum Unit {
	COUNT, PERCENTAGE, GBP, GBP_THOUSANDS, GBP_PER_HEAD, RATE_PER_1000, SCORE, DAYS, RATIO;

	public static Optional<Unit> parse(String text) {
		return Enums.parse(Unit.class, text);
	}

	public String messageKey() {
		return "data.unit." + name();
	}
}
