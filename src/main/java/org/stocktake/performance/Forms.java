package org.stocktake.performance;

/** What officers submit, as text straight from a form or a JSON body; the services check every field. */
public final class Forms {

	private Forms() {
	}

	/** {@code year} as 2015/16. */
	public record NewPlan(String year, String title) {
	}

	/** A target; {@code target} is the numeric goal (blank for a milestone), {@code aggregation} SUM or LATEST. */
	public record TargetForm(String theme, String code, String description, String annexAText, String kind, String target, String unit,
			String aggregation, String fundingSource, String owner, String dueDate, String completedOn, String inAnnexA, String inAnnexB,
			String ragRule, String linkedFigure) {

		public static TargetForm empty() {
			return new TargetForm(null, null, null, null, "NUMERIC", null, "COUNT", "SUM", null, null, null, null, "true", "true", "pro-rata",
					null);
		}
	}

	/** A quarter's return: {@code delivered} blank (not reported), {@code n/a}, or a number; {@code reason} required once signed off. */
	public record ReturnForm(String delivered, String narrative, String commentary, String forecast, String reason) {
	}

	/** An officer's rating, with the commentary that must go with it; a blank rag removes the override. */
	public record OverrideForm(String rag, String commentary) {
	}

	/** Money in pounds; {@code councilsSupported} a whole number. */
	public record OutcomeForm(String year, String programme, String savings, String investment, String councilsSupported, String source) {
	}

	/** The words of the board report; figures come from the recorded data. */
	public record ReportForm(String board, String meetingDate, String purpose, String summary, String recommendation, String action,
			String contact, String background, String highlights, String financial, String accountsPeriod) {
	}

	static boolean yes(String text) {
		if (text == null) {
			return false;
		}
		String t = text.trim().toLowerCase(java.util.Locale.ROOT);
		return t.equals("true") || t.equals("yes") || t.equals("y") || t.equals("on") || t.equals("1");
	}

	static Boolean bool(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim().toLowerCase(java.util.Locale.ROOT);
		if (t.equals("true") || t.equals("yes") || t.equals("y") || t.equals("1")) {
			return true;
		}
		if (t.equals("false") || t.equals("no") || t.equals("n") || t.equals("0")) {
			return false;
		}
		throw new IllegalArgumentException(text);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
