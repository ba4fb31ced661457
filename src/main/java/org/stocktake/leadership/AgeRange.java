package org.stocktake.leadership;

import java.util.Arrays;
import java.util.Optional;

/** The age bands of the seed paper's profile. Voluntary: no answer is unknown, apart from "prefer not to say". */
public enum AgeRange {

	UNDER_20("UNDER_20_YEARS"),
	AGE_20_29("20_29", "20_29_YEARS"),
	AGE_30_39("30_39", "30_39_YEARS"),
	AGE_40_49("40_49", "40_49_YEARS"),
	AGE_50_59("50_59", "50_59_YEARS"),
	AGE_60_69("60_69", "60_69_YEARS"),
	AGE_70_PLUS("70+", "70_AND_OVER", "70_YEARS_AND_OVER", "70_PLUS"),
	PREFER_NOT_TO_SAY();

	private final String[] aliases;

	AgeRange(String... aliases) {
		this.aliases = aliases;
	}

	public String messageKey() {
		return "leadership.age." + name();
	}

	public static Optional<AgeRange> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = Choices.normalise(text);
		return Arrays.stream(values()).filter(v -> v.name().equals(t) || Arrays.asList(v.aliases).contains(t)).findFirst();
	}
}
