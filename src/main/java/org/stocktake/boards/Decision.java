package org.stocktake.boards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the board decided on an item, as the note of the meeting records it. */
public enum Decision {

	AGREED, NOTED, AGREED_WITH_AMENDMENTS;

	public String messageKey() {
		return "boards.decision." + name();
	}

	public static Optional<Decision> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
		return Arrays.stream(values()).filter(d -> d.name().equals(t)).findFirst();
	}
}
