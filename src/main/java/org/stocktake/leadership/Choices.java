package org.stocktake.leadership;

import java.util.Locale;

/** Reading enumerated values the way CONTRACT.md asks: any case, spaces and hyphens for underscores. */
final class Choices {

	private Choices() {
	}

	static String normalise(String text) {
		return text.trim().toUpperCase(Locale.ROOT).replace('’', '\'').replace("'", "").replaceAll("[\\s\\-/()&]+", "_").replaceAll("_+", "_")
			.replaceAll("^_|_$", "");
	}
}
