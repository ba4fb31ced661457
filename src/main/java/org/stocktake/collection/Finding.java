package org.stocktake.collection;

/**
 * What one rule found about one measure of a return. A warning is {@code explained} once the value
 * carries a note; {@code score} is the outlier score when the rule is an outlier check.
 */
public record Finding(String measure, Rule.RuleKind rule, Rule.Severity severity, String message, Double score, boolean explained) {
}
