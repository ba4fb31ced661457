package org.stocktake.leadership;

import java.util.Arrays;
import java.util.Optional;

/** Broad ethnic groups as the seed paper reports them. Voluntary: no answer is unknown, apart from "prefer not to say". */
public enum Ethnicity {

	WHITE("WHITE_BRITISH_EUROPEAN"),
	MIXED("MIXED_RACE", "MIXED_OR_MULTIPLE"),
	ASIAN("ASIAN_OR_ASIAN_BRITISH"),
	BLACK("BLACK_AFRICAN_CARIBBEAN", "BLACK_OR_BLACK_BRITISH"),
	OTHER("OTHER_ETHNIC_GROUP"),
	PREFER_NOT_TO_SAY();

	private final String[] aliases;

	Ethnicity(String... aliases) {
		this.aliases = aliases;
	}

	public String messageKey() {
		return "leadership.ethnicity." + name();
	}

	public static Optional<Ethnicity> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = Choices.normalise(text);
		return Arrays.stream(values()).filter(v -> v.name().equals(t) || Arrays.asList(v.aliases).contains(t)).findFirst();
	}
}
