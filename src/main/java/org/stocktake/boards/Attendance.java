package org.stocktake.boards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a member came to a meeting, as the note of the meeting records it. */
public enum Attendance {

	PRESENT, APOLOGIES, ABSENT;

	public String messageKey() {
		return "boards.attendance." + name();
	}

	public static Optional<Attendance> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(a -> a.name().equals(t)).findFirst();
	}

	/** A member of the board for the meeting's year, whether they attended, and who substituted for them. */
	public record Entry(Member member, Attendance attendance, String substitute) {
	}

	/** An interest a member declared in an agenda item. */
	public record Declaration(long id, long itemId, int itemNumber, String memberName, String interest) {
	}
}
