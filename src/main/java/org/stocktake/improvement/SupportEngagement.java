package org.stocktake.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Support given to one authority: its type, the adviser or expert, dates, the outcome and any savings
 * in pounds, and the peer challenge it follows up where there is one.
 */
public record SupportEngagement(long id, String areaGssCode, String areaName, String region, SupportType type, String adviser, LocalDate startDate,
		LocalDate endDate, String outcome, BigDecimal savingsGbp, Long challengeId) {
}
