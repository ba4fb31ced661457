package org.stocktake.performance;

import java.math.BigDecimal;

/**
 * One line of the management accounts, amounts in pounds and positive in the line's own direction
 * (income received, money spent). Variances are adverse-positive, as the association's accounts show
 * them: spending above budget, or income below it, is positive.
 */
public record AccountLine(long id, int position, Section section, String line, LineType type, BigDecimal budgetYtd, BigDecimal actualYtd,
		BigDecimal budgetYear, BigDecimal forecastOutturn, String commentary, RagRule.Rating computed, Rag override,
		String overrideCommentary) {

	public enum Section {
		CORE, RING_FENCED
	}

	public enum LineType {
		INCOME, EXPENDITURE
	}

	public BigDecimal varianceYtd() {
		return adverse(budgetYtd, actualYtd);
	}

	/** Forecast outturn against the full-year budget. */
	public BigDecimal varianceOutturn() {
		return adverse(budgetYear, forecastOutturn);
	}

	private BigDecimal adverse(BigDecimal budget, BigDecimal actual) {
		return type == LineType.EXPENDITURE ? actual.subtract(budget) : budget.subtract(actual);
	}

	public Rag rag() {
		return override != null ? override : computed.rag();
	}

	/** Signed as the accounts print them: income negative, expenditure positive. */
	public BigDecimal signed(BigDecimal amount) {
		return type == LineType.INCOME ? amount.negate() : amount;
	}
}
