package org.stocktake.data;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The status of one value. Suppressed and missing values carry no number, only the source's marker. */
public enum ValueStatus {
	PUBLISHED, PROVISIONAL, REVISED, ESTIMATED, SUPPRESSED, MISSING;

	/** Markers that sources write in the value column instead of a number, and what each means. */
	private static final Map<String, ValueStatus> MARKERS = Map.of("..", SUPPRESSED, "x", SUPPRESSED, "[x]", SUPPRESSED, "[c]",
			SUPPRESSED, "-", MISSING, "na", MISSING, "…", MISSING, "...", MISSING, "", MISSING, "[z]", MISSING);

	public static Optional<ValueStatus> parse(String text) {
		return Enums.parse(ValueStatus.class, text);
	}

	/** The status a marker stands for, or empty when the text is not a known marker. */
	public static Optional<ValueStatus> ofMarker(String valueText) {
		return Optional.ofNullable(MARKERS.get(valueText.trim().toLowerCase(Locale.ROOT)));
	}

	public boolean hasNumber() {
		return this != SUPPRESSED && this != MISSING;
	}

	/** Statuses are written as lower-case words. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	@com.fasterxml.jackson.annotation.JsonValue
	public String json() {
		return word();
	}

	public String messageKey() {
		return "data.status." + word();
	}
}
