package org.stocktake.data;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Direction of travel of one area on one measure. The window is the latest period with a value and
 * the {@code WINDOW - 1} periods before it; the change is the window's last value minus its first
 * (both must be numbers). A change smaller than {@code THRESHOLD} standard deviations of the measure
 * across the comparison group in the latest period is no significant change; otherwise polarity says
 * whether it is improving or worsening (a neutral measure is just increasing or decreasing).
 */
public record Direction(Trend trend, String fromPeriod, String toPeriod, BigDecimal change, Double changeInSd) {

	public static final int WINDOW = 3;
	public static final double THRESHOLD = 0.1;

	public enum Trend {
		IMPROVING, WORSENING, NO_SIGNIFICANT_CHANGE, INCREASING, DECREASING, NOT_ENOUGH_DATA;

		public String messageKey() {
			return "data.direction." + name();
		}
	}

	/** {@code series} is the area's values of the measure in any order; {@code spread} the group's standard deviation. */
	public static Direction of(List<DataValue> series, Measure measure, Double spread) {
		Map<String, DataValue> byPeriod = new HashMap<>();
		Period latest = null;
		for (DataValue v : series) {
			byPeriod.put(v.period(), v);
			Period p = Period.of(v.period(), measure.periodicity());
			if (v.value() != null && (latest == null || p.compareTo(latest) > 0)) {
				latest = p;
			}
		}
		if (latest == null) {
			return new Direction(Trend.NOT_ENOUGH_DATA, null, null, null, null);
		}
		Period first = latest;
		for (int i = 1; i < WINDOW; i++) {
			first = first.previous();
		}
		DataValue from = byPeriod.get(first.toString());
		DataValue to = byPeriod.get(latest.toString());
		if (from == null || from.value() == null) {
			return new Direction(Trend.NOT_ENOUGH_DATA, first.toString(), latest.toString(), null, null);
		}
		BigDecimal change = to.value().subtract(from.value());
		Double inSd = spread == null || spread == 0 ? null : change.doubleValue() / spread;
		Trend trend;
		if (inSd == null ? change.signum() == 0 : Math.abs(inSd) < THRESHOLD) {
			trend = Trend.NO_SIGNIFICANT_CHANGE;
		}
		else if (measure.polarity() == Polarity.NEUTRAL) {
			trend = change.signum() > 0 ? Trend.INCREASING : Trend.DECREASING;
		}
		else {
			boolean up = change.signum() > 0;
			trend = up == (measure.polarity() == Polarity.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
		}
		return new Direction(trend, first.toString(), latest.toString(), change, inSd);
	}
}
