package org.stocktake.consultation;

import java.util.Map;

/**
 * Which responses to aggregate: those whose link carries all of {@code tags} (empty = all), and the
 * smallest number of respondents a shown figure may rest on ({@code null} = the questionnaire's
 * own minimum, else the configured default of 5).
 */
public record ResultQuery(Map<String, String> tags, Integer minimumCell) {

	public ResultQuery {
		tags = tags == null ? Map.of() : Map.copyOf(tags);
	}

	public static ResultQuery all() {
		return new ResultQuery(Map.of(), null);
	}

	public static ResultQuery tagged(String key, String value) {
		return new ResultQuery(Map.of(key, value), null);
	}

	public ResultQuery withMinimumCell(int minimum) {
		return new ResultQuery(tags, minimum);
	}
}
