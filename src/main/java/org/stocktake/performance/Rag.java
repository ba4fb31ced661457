package org.stocktake.performance;

import java.util.Locale;

/** A red, amber or green rating (CONTRACT.md), or none where there is nothing to rate yet. */
public enum Rag {
	GREEN, AMBER, RED, NOT_RATED;

	public String messageKey() {
		return "performance.rag." + name();
	}

	/** Reads {@code green}, {@code G}, {@code Amber}…; null when blank. */
	public static Rag parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim().toUpperCase(Locale.ROOT);
		switch (t) {
			case "G":
				return GREEN;
			case "A":
				return AMBER;
			case "R":
				return RED;
			default:
				return Rag.valueOf(t.replace(' ', '_'));
		}
	}
}
