package org.stocktake.collection.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.stocktake.data.ValueStatus;

/** Reads a figure as the benchmarking import does: a number, or a source marker for a suppressed or missing value. */
public final class Figures {

	private Figures() {
	}

	/** A figure read from text; {@code error} is set (and the rest null) when it cannot be read. */
	public record Parsed(BigDecimal value, String marker, ValueStatus status, String error) {
	}

	/** {@code valueText} must not be blank (a blank form field means "nothing entered", handled by the caller). */
	public static Parsed parse(String valueText, String statusText) {
		ValueStatus status = null;
		if (statusText != null && !statusText.isBlank()) {
			status = ValueStatus.parse(statusText).orElse(null);
			if (status == null) {
				return error("\"" + statusText + "\" is not a status; use one of "
						+ Arrays.stream(ValueStatus.values()).map(ValueStatus::word).collect(Collectors.joining(", ")));
			}
		}
		var markerStatus = ValueStatus.ofMarker(valueText);
		if (markerStatus.isPresent()) {
			if (status != null && status.hasNumber()) {
				return error("The status " + status.word() + " needs a number, but the value is the marker \"" + valueText.trim() + "\"");
			}
			return new Parsed(null, valueText.trim(), status == null ? markerStatus.get() : status, null);
		}
		BigDecimal value;
		try {
			value = new BigDecimal(valueText.trim().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return error("\"" + valueText.trim() + "\" is not a number or a known marker (.., x, [x], [c], -, NA, …)");
		}
		if (status != null && !status.hasNumber()) {
			return error("A " + status.word() + " value has no number; write a marker such as .. instead");
		}
		return new Parsed(value, null, status == null ? ValueStatus.PUBLISHED : status, null);
	}

	private static Parsed error(String message) {
		return new Parsed(null, null, null, message);
	}
}
