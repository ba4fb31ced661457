package org.stocktake.oversight;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a threshold rule finds for one authority, with the figures behind it: each period's value
 * and the mean compared with the threshold.
 */
public record ThresholdResult(ThresholdRule rule, String areaGssCode, String areaName, Status status, BigDecimal mean,
		List<Figure> figures) {

	public ThresholdResult {
		figures = List.copyOf(figures);
	}

	public enum Status {
		BREACHED, NEAR, CLEAR
	}

	public record Figure(String period, BigDecimal value) {
	}
}
