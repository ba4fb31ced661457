package org.stocktake.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Reads enumerated values the way CONTRACT.md asks: case-insensitively, spaces and hyphens as underscores. */
final class Enums {

	private Enums() {
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(t)).findFirst();
	}
}
