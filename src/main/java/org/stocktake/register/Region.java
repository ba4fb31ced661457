package org.stocktake.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The nine English regions and Wales, by ONS code. */
public enum Region {

	NORTH_EAST("E12000001", "North East"),
	NORTH_WEST("E12000002", "North West"),
	YORKSHIRE_AND_THE_HUMBER("E12000003", "Yorkshire and The Humber"),
	EAST_MIDLANDS("E12000004", "East Midlands"),
	WEST_MIDLANDS("E12000005", "West Midlands"),
	EAST_OF_ENGLAND("E12000006", "East of England"),
	LONDON("E12000007", "London"),
	SOUTH_EAST("E12000008", "South East"),
	SOUTH_WEST("E12000009", "South West"),
	WALES("W92000004", "Wales");

	private final String code;
	private final String displayName;

	Region(String code, String displayName) {
		this.code = code;
		this.displayName = displayName;
	}

	public String code() {
		return code;
	}

	public String displayName() {
		return displayName;
	}

	public boolean england() {
		return this != WALES;
	}

	/** Reads an ONS region code or a region's name, in any case. */
	public static Optional<Region> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim();
		return Arrays.stream(values())
			.filter(r -> r.code.equalsIgnoreCase(t) || r.displayName.equalsIgnoreCase(t)
					|| r.name().equalsIgnoreCase(t.replace(' ', '_')))
			.findFirst();
	}

	public static Region ofCode(String code) {
		return parse(code).orElseThrow(() -> new IllegalArgumentException("Unknown region " + code));
	}

	public String lowerCaseName() {
		return displayName.toLowerCase(Locale.ROOT);
	}
}
