package org.stocktake.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a type of line is rated, held as data ({@code perf_account_rule}), by the association's key: G
 * within 5% of budget, A between 5% and 10%, R beyond 10% under or over. A line is rated on its
 * forecast outturn against the full-year budget, as a share of that budget. With
 * {@code favourableIsGreen} an underspend (expenditure) or a surplus (income) is green whatever its size.
 * A line with no budget and any forecast spend is red.
 */
public record AccountRule(AccountLine.LineType lineType, boolean favourableIsGreen, BigDecimal greenWithinPercent,
		BigDecimal amberWithinPercent) {

	public RagRule.Rating rate(AccountLine.LineType type, BigDecimal budgetYear, BigDecimal forecast, BigDecimal variance) {
		String word = type == AccountLine.LineType.EXPENDITURE ? (variance.signum() > 0 ? "overspend" : "underspend")
				: (variance.signum() > 0 ? "shortfall" : "surplus");
		if (budgetYear.signum() == 0) {
			if (type == AccountLine.LineType.EXPENDITURE && forecast.signum() != 0) {
				return new RagRule.Rating(Rag.RED, "No budget for the year, but a forecast spend of " + money(forecast));
			}
			return new RagRule.Rating(Rag.GREEN, "No budget for the year" + (forecast.signum() == 0 ? " and none forecast" : ": income of "
					+ money(forecast) + " not budgeted"));
		}
		if (variance.signum() == 0) {
			return new RagRule.Rating(Rag.GREEN, "On budget");
		}
		BigDecimal share = variance.abs().multiply(BigDecimal.valueOf(100)).divide(budgetYear.abs(), 1, RoundingMode.HALF_UP);
		String what = "Forecast " + word + " of " + money(variance.abs()) + " (" + share.stripTrailingZeros().toPlainString() + "% of the full-year budget)";
		if (variance.signum() < 0 && favourableIsGreen) {
			return new RagRule.Rating(Rag.GREEN, what + ": " + (type == AccountLine.LineType.EXPENDITURE ? "underspends" : "surpluses") + " are rated green");
		}
		if (share.compareTo(greenWithinPercent) <= 0) {
			return new RagRule.Rating(Rag.GREEN, what + ": within " + greenWithinPercent.stripTrailingZeros().toPlainString() + "%");
		}
		if (share.compareTo(amberWithinPercent) <= 0) {
			return new RagRule.Rating(Rag.AMBER, what + ": between " + greenWithinPercent.stripTrailingZeros().toPlainString() + "% and "
					+ amberWithinPercent.stripTrailingZeros().toPlainString() + "%");
		}
		return new RagRule.Rating(Rag.RED, what + ": more than " + amberWithinPercent.stripTrailingZeros().toPlainString() + "%");
	}

	/** £600k, £2,257k, £8k, £450: as the accounts speak of money. */
	public static String money(BigDecimal pounds) {
		BigDecimal abs = pounds.abs();
		if (abs.compareTo(BigDecimal.valueOf(1000)) >= 0) {
			return "£" + new java.text.DecimalFormat("#,##0").format(abs.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)) + "k";
		}
		return "£" + new java.text.DecimalFormat("#,##0").format(abs);
	}
}
