package org.stocktake.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an officer sends to create a collection. Authorities are listed by GSS code, or taken from
 * a register group ({@code group}), or both. A collection given no completeness rule gets one that
 * requires every measure.
 */
public record CollectionInput(String title, String period, List<String> measures, List<String> authorities, String group,
		LocalDate opensOn, LocalDate closesOn, LocalDate publishOn, List<RuleInput> rules) {

	/** A rule as sent: enumerations as text, matched case-insensitively. */
	public record RuleInput(String kind, String severity, String measure, String otherMeasure, String operator, BigDecimal min,
			BigDecimal max, String method, BigDecimal threshold, String peerGroup, Integer minPoints, String message) {
	}
}
