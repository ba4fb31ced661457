package org.stocktake.collection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stocktake.collection.Finding;
import org.stocktake.collection.Rule;
import org.stocktake.collection.Rule.OutlierMethod;
import org.stocktake.collection.Rule.RuleKind;
import org.stocktake.collection.Rule.Severity;
import org.stocktake.collection.ValidationReport;
import org.stocktake.data.Measure;

/**
 * Evaluates a collection's rules on one return. Pure: what it needs from the database (the
 * authority's history, its peers' figures) comes through {@link References}, so the arithmetic can
 * be tested on its own.
 */
public final class Validator {

	/** The constant that makes the MAD consistent with the standard deviation of a normal distribution (Iglewicz and Hoaglin). */
	static final double MODIFIED_Z_CONSTANT = 0.6745;

	public static final BigDecimal DEFAULT_Z_THRESHOLD = new BigDecimal("3");
	public static final BigDecimal DEFAULT_MODIFIED_Z_THRESHOLD = new BigDecimal("3.5");
	public static final int DEFAULT_MIN_HISTORY = 4;
	public static final int DEFAULT_MIN_PEERS = 5;

	private Validator() {
	}

	/** One entered figure: a number, or a marker for a suppressed or missing value, and the council's note. */
	public record Entry(BigDecimal value, String marker, String note) {

		boolean explained() {
			return note != null && !note.isBlank();
		}
	}

	/** The reference figures outlier rules compare against. */
	public interface References {

		/** The authority's own earlier numeric figures of the measure. */
		List<BigDecimal> history(String measure);

		/** Numeric figures of the authority's peers (itself excluded) for the same period. */
		List<BigDecimal> peers(String measure, String peerGroup);
	}

	/**
	 * Every finding of {@code rules} on {@code entries}. The measures' own catalogue ranges always
	 * apply as errors (the data service would refuse such a value); completeness only when
	 * {@code submitting}, so that saving a half-filled draft is not a page of errors.
	 */
	public static ValidationReport validate(List<Rule> rules, Map<String, Measure> measures, Map<String, Entry> entries, References refs,
			boolean submitting) {
		List<Finding> findings = new ArrayList<>();
		for (Measure m : measures.values()) {
			Entry e = entries.get(m.id());
			if (e != null && e.value() != null && !m.inRange(e.value())) {
				findings.add(finding(m.id(), RuleKind.RANGE, Severity.ERROR, null, e,
						"Enter a value for " + m.title() + " " + rangeText(m.minValue(), m.maxValue()), null));
			}
		}
		for (Rule rule : rules) {
			switch (rule.kind()) {
				case RANGE -> range(rule, measures, entries, findings);
				case RELATION -> relation(rule, measures, entries, findings);
				case COMPLETENESS -> {
					if (submitting) {
						completeness(rule, measures, entries, findings);
					}
				}
				case HISTORY_OUTLIER, PEER_OUTLIER -> outlier(rule, measures, entries, refs, findings);
			}
		}
		return new ValidationReport(findings.stream().filter(f -> f.severity() == Severity.ERROR).toList(),
				findings.stream().filter(f -> f.severity() == Severity.WARNING).toList());
	}

	private static void range(Rule rule, Map<String, Measure> measures, Map<String, Entry> entries, List<Finding> findings) {
		Entry e = entries.get(rule.measure());
		if (e == null || e.value() == null) {
			return;
		}
		boolean below = rule.min() != null && e.value().compareTo(rule.min()) < 0;
		boolean above = rule.max() != null && e.value().compareTo(rule.max()) > 0;
		if (below || above) {
			String text = (rule.severity() == Severity.ERROR ? "Enter a value for " : "Check the value of ") + title(measures, rule.measure())
					+ " " + rangeText(rule.min(), rule.max());
			findings.add(finding(rule.measure(), RuleKind.RANGE, rule.severity(), rule.message(), e, text, null));
		}
	}

	private static String rangeText(BigDecimal min, BigDecimal max) {
		if (min != null && max != null) {
			return "between " + min.toPlainString() + " and " + max.toPlainString();
		}
		return min != null ? "of at least " + min.toPlainString() : "of at most " + max.toPlainString();
	}

	private static void relation(Rule rule, Map<String, Measure> measures, Map<String, Entry> entries, List<Finding> findings) {
		Entry left = entries.get(rule.measure());
		Entry right = entries.get(rule.otherMeasure());
		if (left == null || right == null || left.value() == null || right.value() == null) {
			return;
		}
		if (!holds(left.value(), rule.operator(), right.value())) {
			String text = title(measures, rule.measure()) + " (" + left.value().toPlainString() + ") must be " + operatorWords(rule.operator())
					+ " " + title(measures, rule.otherMeasure()) + " (" + right.value().toPlainString() + ")";
			findings.add(finding(rule.measure(), RuleKind.RELATION, rule.severity(), rule.message(), left, text, null));
		}
	}

	public static final List<String> OPERATORS = List.of("<", "<=", "=", ">=", ">", "!=");

	/** The operator in its canonical form, or null when it is not one. */
	public static String operator(String text) {
		if (text == null) {
			return null;
		}
		String t = text.trim().replace("≤", "<=").replace("≥", ">=").replace("≠", "!=").replace("==", "=").replace("<>", "!=");
		return OPERATORS.contains(t) ? t : null;
	}

	static boolean holds(BigDecimal left, String operator, BigDecimal right) {
		int c = left.compareTo(right);
		return switch (operator) {
			case "<" -> c < 0;
			case "<=" -> c <= 0;
			case "=" -> c == 0;
			case ">=" -> c >= 0;
			case ">" -> c > 0;
			case "!=" -> c != 0;
			default -> throw new IllegalArgumentException("Unknown operator " + operator);
		};
	}

	private static String operatorWords(String operator) {
		return switch (operator) {
			case "<" -> "less than";
			case "<=" -> "less than or equal to";
			case "=" -> "equal to";
			case ">=" -> "greater than or equal to";
			case ">" -> "greater than";
			default -> "different from";
		};
	}

	private static void completeness(Rule rule, Map<String, Measure> measures, Map<String, Entry> entries, List<Finding> findings) {
		for (Measure m : measures.values()) {
			if (rule.measure() != null && !rule.measure().equals(m.id())) {
				continue;
			}
			Entry e = entries.get(m.id());
			if (e == null || e.value() == null && e.marker() == null) {
				findings.add(new Finding(m.id(), RuleKind.COMPLETENESS, rule.severity(), rule.message() != null ? rule.message()
						: "Enter a value for " + m.title() + ", or a marker such as .. (suppressed) or - (missing) with a note", null, false));
			}
		}
	}

	private static void outlier(Rule rule, Map<String, Measure> measures, Map<String, Entry> entries, References refs, List<Finding> findings) {
		Entry e = entries.get(rule.measure());
		if (e == null || e.value() == null) {
			return;
		}
		boolean history = rule.kind() == RuleKind.HISTORY_OUTLIER;
		List<BigDecimal> reference = history ? refs.history(rule.measure()) : refs.peers(rule.measure(), rule.peerGroup());
		int minPoints = rule.minPoints() != null ? rule.minPoints() : history ? DEFAULT_MIN_HISTORY : DEFAULT_MIN_PEERS;
		if (reference.size() < minPoints) {
			return;
		}
		double[] xs = reference.stream().mapToDouble(BigDecimal::doubleValue).toArray();
		double x = e.value().doubleValue();
		OutlierMethod method = rule.method() == null ? OutlierMethod.MODIFIED_Z : rule.method();
		Double score = method == OutlierMethod.Z_SCORE ? zScore(x, xs) : modifiedZScore(x, xs);
		double threshold = (rule.threshold() != null ? rule.threshold()
				: method == OutlierMethod.Z_SCORE ? DEFAULT_Z_THRESHOLD : DEFAULT_MODIFIED_Z_THRESHOLD).doubleValue();
		if (score == null || Math.abs(score) <= threshold) {
			return;
		}
		String against = history ? "this council's " + xs.length + " earlier figures" : xs.length + " comparable councils' figures for the period";
		String centre = method == OutlierMethod.Z_SCORE
				? "mean " + fmt(mean(xs)) + ", standard deviation " + fmt(standardDeviation(xs)) + ": z-score " + fmt(score)
				: "median " + fmt(median(xs)) + ", median absolute deviation " + fmt(mad(xs)) + ": modified z-score " + fmt(score);
		String text = "Check " + title(measures, rule.measure()) + ": " + e.value().toPlainString() + " is unusually "
				+ (score > 0 ? "high" : "low") + " against " + against + " (" + centre + ", threshold " + fmt(threshold) + ")";
		findings.add(finding(rule.measure(), rule.kind(), rule.severity(), rule.message(), e, text, score));
	}

	private static Finding finding(String measure, RuleKind kind, Severity severity, String custom, Entry e, String text, Double score) {
		String message = custom == null || custom.isBlank() ? text : custom;
		if (severity == Severity.WARNING) {
			message = message + (e != null && e.explained() ? "" : "; explain it in the note or correct it");
		}
		return new Finding(measure, kind, severity, message, score, severity == Severity.WARNING && e != null && e.explained());
	}

	private static String title(Map<String, Measure> measures, String id) {
		Measure m = measures.get(id);
		return m == null ? id : m.title();
	}

	private static String fmt(double d) {
		return String.format(Locale.UK, "%.2f", d);
	}

	// ---- the statistics, kept here so that the tests can check them against hand-worked figures ----

	static double mean(double[] xs) {
		return Arrays.stream(xs).sum() / xs.length;
	}

	/** Population standard deviation, as CONTRACT.md uses throughout. */
	static double standardDeviation(double[] xs) {
		double mean = mean(xs);
		return Math.sqrt(Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum() / xs.length);
	}

	static double median(double[] xs) {
		double[] s = xs.clone();
		Arrays.sort(s);
		int n = s.length;
		return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	}

	/** Median absolute deviation from the median. */
	static double mad(double[] xs) {
		double median = median(xs);
		return median(Arrays.stream(xs).map(x -> Math.abs(x - median)).toArray());
	}

	/** (x − mean) / σ over the reference figures (x not among them); null when they do not vary. */
	static Double zScore(double x, double[] reference) {
		double sd = standardDeviation(reference);
		return sd == 0 ? null : (x - mean(reference)) / sd;
	}

	/** 0.6745 · (x − median) / MAD over the reference figures; null when the MAD is zero. */
	static Double modifiedZScore(double x, double[] reference) {
		double mad = mad(reference);
		return mad == 0 ? null : MODIFIED_Z_CONSTANT * (x - median(reference)) / mad;
	}
}
