package org.stocktake.oversight;

import java.math.BigDecimal;

/**
 * A statutory threshold over a benchmarking measure: the mean of an authority's values over the
 * latest {@code periods} periods is compared with {@code threshold}; within {@code nearMargin} of it,
 * on the safe side, is near.
 */
public record ThresholdRule(String id, String name, String measureId, String comparison, BigDecimal threshold, int periods,
		BigDecimal nearMargin, String consequence, String source) {

	/** Whether {@code value} is on the breaching side of the threshold. */
	public boolean breachedBy(BigDecimal value) {
		int c = value.compareTo(threshold);
		return switch (comparison) {
			case "<=" -> c <= 0;
			case "<" -> c < 0;
			case ">=" -> c >= 0;
			case ">" -> c > 0;
			default -> throw new IllegalStateException("Unknown comparison " + comparison);
		};
	}

	/** Not breached, but within the margin of the threshold. */
	public boolean nearBy(BigDecimal value) {
		if (breachedBy(value)) {
			return false;
		}
		return value.subtract(threshold).abs().compareTo(nearMargin) <= 0;
	}
}
