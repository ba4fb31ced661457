package org.stocktake.leadership;

import java.util.Arrays;
import java.util.Optional;

/** Voluntary: a booking without an answer is unknown, which is not the same as "prefer not to say". */
public enum Gender {

	FEMALE, MALE, OTHER, PREFER_NOT_TO_SAY;

	public String messageKey() {
		return "leadership.gender." + name();
	}

	public static Optional<Gender> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = Choices.normalise(text);
		if (t.equals("F") || t.equals("WOMAN")) {
			return Optional.of(FEMALE);
		}
		if (t.equals("M") || t.equals("MAN")) {
			return Optional.of(MALE);
		}
		return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
	}
}
