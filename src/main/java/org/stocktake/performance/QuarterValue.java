package org.stocktake.performance;

import java.math.BigDecimal;
import java.util.Locale;

/** A quarter's figure as entered: a number, blank (not reported) or the marker n/a (not applicable), never zero for either. */
record QuarterValue(BigDecimal delivered, String marker) {

	boolean reported() {
		return delivered != null || marker != null;
	}

	/** Null when the text is neither blank, n/a nor a number of zero or more. */
	static QuarterValue parse(String text) {
		if (text == null || text.isBlank()) {
			return new QuarterValue(null, null);
		}
		String t = text.trim();
		String lower = t.toLowerCase(Locale.ROOT);
		if (lower.equals("n/a") || lower.equals("na")) {
			return new QuarterValue(null, "n/a");
		}
		try {
			BigDecimal value = new BigDecimal(t.replace(",", ""));
			return value.signum() < 0 ? null : new QuarterValue(value, null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
