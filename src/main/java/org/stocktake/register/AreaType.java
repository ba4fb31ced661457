package org.stocktake.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The kinds of authority in CONTRACT.md, with the mySociety register's codes for them. */
public enum AreaType {

	COUNTY("CTY", true, false),
	NON_METROPOLITAN_DISTRICT("NMD", false, true),
	UNITARY("UA", true, true),
	METROPOLITAN_DISTRICT("MD", true, true),
	LONDON_BOROUGH("LBO", true, true),
	CITY_OF_LONDON("CC", true, true),
	WELSH_UNITARY("WPA", true, true),
	GREATER_LONDON_AUTHORITY("SRA", false, false),
	COMBINED_AUTHORITY("COMB", false, false),
	FIRE_AND_RESCUE(null, false, false),
	NATIONAL_PARK(null, false, false);

	/** mySociety types outside Stocktake's scope: skipped and counted, never errors. */
	public static final java.util.Set<String> OUT_OF_SCOPE = java.util.Set.of("SCO", "NID");

	private static final Map<String, AreaType> BY_REGISTER_CODE = Map.ofEntries(Arrays.stream(values())
		.filter(t -> t.registerCode != null)
		.map(t -> Map.entry(t.registerCode, t))
		.toArray(Map.Entry[]::new));

	private final String registerCode;
	private final boolean upperTier;
	private final boolean lowerTier;

	AreaType(String registerCode, boolean upperTier, boolean lowerTier) {
		this.registerCode = registerCode;
		this.upperTier = upperTier;
		this.lowerTier = lowerTier;
	}

	public boolean upperTier() {
		return upperTier;
	}

	public boolean lowerTier() {
		return lowerTier;
	}

	/** A principal council: one that delivers services directly (not a combined, fire or park authority). */
	public boolean principalCouncil() {
		return upperTier || lowerTier;
	}

	public String messageKey() {
		return "areaType." + name();
	}

	/** Reads a type written either as CONTRACT.md's name (any case) or as a mySociety code. */
	public static Optional<AreaType> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		if (BY_REGISTER_CODE.containsKey(t)) {
			return Optional.of(BY_REGISTER_CODE.get(t));
		}
		return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
	}
}
