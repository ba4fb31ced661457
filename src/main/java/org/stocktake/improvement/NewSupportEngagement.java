package org.stocktake.improvement;

/** A support engagement as typed: authority (GSS code), type, adviser, dates (YYYY-MM-DD), outcome, savings in £, challenge number. */
public record NewSupportEngagement(String area, String type, String adviser, String startDate, String endDate, String outcome, String savingsGbp,
		String challenge) {

	public static NewSupportEngagement empty() {
		return new NewSupportEngagement("", "", "", "", "", "", "", "");
	}
}
