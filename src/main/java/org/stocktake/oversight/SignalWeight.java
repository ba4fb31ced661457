package org.stocktake.oversight;

import java.math.BigDecimal;

/**
 * A watchlist signal as admins configure it: its weight (0–100 points when the signal is at full
 * strength), whether it counts at all, and the setting some signals read (the comparator group of
 * bottom-quartile, the periods of worsening, the years of peer-challenge).
 */
public record SignalWeight(String id, int position, BigDecimal weight, boolean enabled, String parameter) {

	public static final String INSPECTION_GRADE = "inspection-grade";
	public static final String INTERVENTION = "intervention";
	public static final String OVERDUE_MILESTONES = "overdue-milestones";
	public static final String THRESHOLD = "threshold";
	public static final String BOTTOM_QUARTILE = "bottom-quartile";
	public static final String WORSENING = "worsening";
	public static final String FINANCIAL_HEALTH = "financial-health";
	public static final String PEER_CHALLENGE = "peer-challenge";

	public String messageKey() {
		return "watchlist.signal." + id;
	}

	/** The parameter read as a whole number, or {@code fallback} when it is missing or not a number. */
	public int intParameter(int fallback) {
		try {
			return parameter == null ? fallback : Integer.parseInt(parameter.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}
}
