package org.stocktake.collection;

import java.math.BigDecimal;

/**
 * One validation rule, held as data. By {@code kind}:
 * <ul>
 * <li>{@code RANGE}: {@code measure} must lie between {@code min} and {@code max} (bounds included, either may be absent);</li>
 * <li>{@code RELATION}: {@code measure operator otherMeasure}, e.g. applications decided {@code <=} applications received;</li>
 * <li>{@code COMPLETENESS}: {@code measure} (or, when null, every measure) must have a value or a marker;</li>
 * <li>{@code HISTORY_OUTLIER}: the value scored against the authority's own earlier published values;</li>
 * <li>{@code PEER_OUTLIER}: the value scored against its peers' values for the same period ({@code peerGroup}:
 * {@code type}, {@code region}, a register group's id, or null for the collection's authorities).</li>
 * </ul>
 * Outlier rules score with {@code method} {@code Z_SCORE} ((x − mean) / population standard deviation) or
 * {@code MODIFIED_Z} (0.6745 · (x − median) / MAD), flag when the absolute score exceeds {@code threshold},
 * and need at least {@code minPoints} reference values.
 */
public record Rule(Long id, RuleKind kind, Severity severity, String measure, String otherMeasure, String operator, BigDecimal min,
		BigDecimal max, OutlierMethod method, BigDecimal threshold, String peerGroup, Integer minPoints, String message) {

	public enum RuleKind {
		RANGE, RELATION, COMPLETENESS, HISTORY_OUTLIER, PEER_OUTLIER
	}

	public enum Severity {
		ERROR, WARNING
	}

	public enum OutlierMethod {
		Z_SCORE, MODIFIED_Z
	}
}
