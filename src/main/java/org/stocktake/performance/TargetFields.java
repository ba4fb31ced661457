package org.stocktake.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.stocktake.performance.internal.PlanRepository.TargetRow;

/**
 * Reads a target's fields from text, the same way for the import's columns and the page's form, so
 * both accept and refuse the same things. Columns are named as in the import's header.
 */
final class TargetFields {

	/** Somewhere to say what is wrong with one column's value. */
	interface Problems {
		void add(String column, String value, String message);
	}

	static final Set<String> UNITS = Set.of("COUNT", "GBP", "GBP_THOUSANDS", "PERCENTAGE", "PROJECTS", "COUNCILS", "COUNCILLORS");

	private TargetFields() {
	}

	/** The target described by {@code v}, or null when any field is wrong (each reported to {@code problems}). */
	static TargetRow read(Map<String, String> v, long planId, int position, Set<String> rules, Problems reported) {
		int[] failures = { 0 };
		Problems problems = (column, value, message) -> {
			failures[0]++;
			reported.add(column, value, message);
		};
		String theme = required(v, "theme", "Enter the theme the target belongs to", problems);
		String code = required(v, "target_id", "Enter the target's id, such as PW1", problems);
		if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
			fail(problems, "target_id", code, "A target id is up to 40 letters, digits, dots, dashes or underscores");
		}
		String description = required(v, "description", "Enter what the target is", problems);
		BigDecimal target = null;
		String targetText = get(v, "target");
		if (targetText != null) {
			try {
				target = new BigDecimal(targetText.replace(",", ""));
				if (target.signum() < 0) {
					fail(problems, "target", targetText, "The target cannot be negative");
				}
			}
			catch (NumberFormatException ex) {
				fail(problems, "target", targetText, "The target must be a number, such as 100");
			}
		}
		String kindText = get(v, "kind");
		Target.Kind kind = targetText == null && kindText == null ? Target.Kind.MILESTONE : Target.Kind.NUMERIC;
		if (kindText != null) {
			try {
				kind = Target.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				fail(problems, "kind", kindText, "The kind must be NUMERIC or MILESTONE");
			}
		}
		if (kind == Target.Kind.NUMERIC && targetText == null) {
			fail(problems, "target", "", "Enter the target figure of a numeric target, such as 100");
		}
		String aggregationText = get(v, "aggregation");
		Aggregation aggregation = Aggregation.SUM;
		if (aggregationText == null) {
			if (kind == Target.Kind.NUMERIC) {
				fail(problems, "aggregation", "", "Say how the quarters combine: SUM or LATEST");
			}
		}
		else {
			try {
				aggregation = Aggregation.valueOf(aggregationText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				fail(problems, "aggregation", aggregationText, "The aggregation must be SUM (add the quarters) or LATEST (the latest quarter's figure)");
			}
		}
		String unit = get(v, "unit") == null ? "COUNT" : get(v, "unit").toUpperCase(Locale.ROOT);
		if (!UNITS.contains(unit)) {
			fail(problems, "unit", get(v, "unit"), "The unit must be one of " + String.join(", ", new java.util.TreeSet<>(UNITS)));
		}
		LocalDate due = date(v, "due_date", problems);
		LocalDate completed = date(v, "completed_on", problems);
		boolean inAnnexA = flag(v, "in_annex_a", true, problems);
		boolean inAnnexB = flag(v, "in_annex_b", kind == Target.Kind.NUMERIC, problems);
		String rule = get(v, "rag_rule");
		if (rule == null) {
			rule = kind == Target.Kind.MILESTONE ? "milestone" : "pro-rata";
		}
		else if (!rules.contains(rule)) {
			fail(problems, "rag_rule", rule, "There is no RAG rule " + rule + "; the rules are " + String.join(", ", new java.util.TreeSet<>(rules)));
		}
		String linked = get(v, "linked_figure");
		if (linked != null && !LinkedFigures.AVAILABLE.containsKey(linked)) {
			fail(problems, "linked_figure", linked, "There is no linked figure " + linked + "; the figures are "
					+ String.join(", ", LinkedFigures.AVAILABLE.keySet()));
		}
		String rag = get(v, "rag");
		Rag override = null;
		if (rag != null) {
			try {
				override = Rag.parse(rag);
				if (override == Rag.NOT_RATED) {
					throw new IllegalArgumentException();
				}
			}
			catch (IllegalArgumentException ex) {
				fail(problems, "rag", rag, "The rating must be GREEN, AMBER or RED");
			}
			if (get(v, "rag_commentary") == null) {
				fail(problems, "rag_commentary", "", "Give the commentary that explains the officer's rating");
			}
		}
		if (failures[0] > 0) {
			return null;
		}
		return new TargetRow(0, planId, theme, code, description, get(v, "annex_a_text"), kind.name(), target, unit, aggregation.name(),
				get(v, "funding_source"), get(v, "owner"), due, completed, inAnnexA, inAnnexB, position, rule, linked,
				override == null ? null : override.name(), override == null ? null : get(v, "rag_commentary"));
	}

	private static void fail(Problems problems, String column, String value, String message) {
		problems.add(column, value, message);
	}

	static String get(Map<String, String> v, String column) {
		String value = v.get(column);
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String required(Map<String, String> v, String column, String message, Problems problems) {
		String value = get(v, column);
		if (value == null) {
			fail(problems, column, "", message);
		}
		return value;
	}

	private static LocalDate date(Map<String, String> v, String column, Problems problems) {
		String text = get(v, column);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			fail(problems, column, text, "Enter the date as YYYY-MM-DD, such as 2016-03-31");
			return null;
		}
	}

	private static boolean flag(Map<String, String> v, String column, boolean absent, Problems problems) {
		try {
			Boolean b = Forms.bool(v.get(column));
			return b == null ? absent : b;
		}
		catch (IllegalArgumentException ex) {
			fail(problems, column, v.get(column), "Write yes or no");
			return absent;
		}
	}
}
