package org.stocktake.leadership;

/**
 * Progress against one of the year's targets: {@code achieved} counts the people booked on or having
 * attended the target's programmes in the financial year, each named person once and each anonymous
 * booking as one.
 */
public record TargetProgress(String financialYear, String description, String programmes, int target, int achieved) {

	public int percent() {
		return target == 0 ? 0 : Math.round(100f * achieved / target);
	}
}
