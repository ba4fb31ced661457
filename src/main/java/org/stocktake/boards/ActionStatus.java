package org.stocktake.boards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** CONTRACT.md's action statuses; overdue is derived from the due date, never stored. */
public enum ActionStatus {

	OPEN, DONE, CANCELLED;

	public String messageKey() {
		return "boards.actionStatus." + name();
	}

	public static Optional<ActionStatus> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(s -> s.name().equals(t)).findFirst();
	}
}
