package org.stocktake.boards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why an item is before the board. */
public enum Purpose {

	FOR_DECISION, FOR_DISCUSSION, FOR_INFORMATION;

	public String messageKey() {
		return "boards.purpose." + name();
	}

	public static Optional<Purpose> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
		return Arrays.stream(values()).filter(p -> p.name().equals(t) || p.name().equals("FOR_" + t)).findFirst();
	}
}
