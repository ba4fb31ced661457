package org.stocktake.boards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A member's place on a board, as the membership lists of the agenda packs give it. */
public enum MemberRole {

	CHAIR, VICE_CHAIR, DEPUTY_CHAIR, MEMBER, SUBSTITUTE, OBSERVER;

	public String messageKey() {
		return "boards.memberRole." + name();
	}

	public static Optional<MemberRole> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		if (t.equals("CHAIRMAN")) {
			return Optional.of(CHAIR);
		}
		return Arrays.stream(values()).filter(r -> r.name().equals(t)).findFirst();
	}
}
