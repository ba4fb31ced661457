package org.stocktake.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of delivery against a target, in one place so the pages, API and report agree. */
public final class Delivery {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Delivery() {
	}

	/**
	 * Total ÷ target as a whole percent, rounded half-up (27 of 40 → 68; 548 of 500 → 110; 60 of 10 →
	 * 600); null when nothing is reported or there is no numeric target.
	 */
	public static Integer percentAchieved(BigDecimal total, BigDecimal target) {
		if (total == null || target == null || target.signum() == 0) {
			return null;
		}
		return total.multiply(HUNDRED).divide(target, 0, RoundingMode.HALF_UP).intValueExact();
	}

	/** A figure as the report writes it: 31, 12.5, 1,000. */
	public static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal v = value.stripTrailingZeros();
		if (v.scale() < 0) {
			v = v.setScale(0);
		}
		return new java.text.DecimalFormat(v.scale() > 0 ? "#,##0.##" : "#,##0").format(v);
	}
}
