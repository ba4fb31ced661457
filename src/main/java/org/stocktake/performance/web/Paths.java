package org.stocktake.performance.web;

import java.util.Locale;

import org.stocktake.platform.web.BadRequestException;

/** Reads the quarter and period of a path or parameter: {@code Q2} or {@code 2}; {@code P7} or {@code 7}. */
final class Paths {

	private Paths() {
	}

	static Integer quarter(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim().toUpperCase(Locale.ROOT);
		if (t.matches("Q?[1-4]")) {
			return Integer.parseInt(t.substring(t.length() - 1));
		}
		throw new BadRequestException("quarter", text, "The quarter must be Q1, Q2, Q3 or Q4");
	}

	static int period(String text) {
		String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
		if (t.matches("P?(1[0-2]|[1-9])")) {
			return Integer.parseInt(t.startsWith("P") ? t.substring(1) : t);
		}
		throw new BadRequestException("period", text, "The period must be P1 (April) to P12 (March)");
	}
}
