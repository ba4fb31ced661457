package org.stocktake.consultation;

import java.util.List;

import org.stocktake.consultation.Results.OptionCount;

/**
 * Results of each choice or scale question split by a property of the respondent. A column (group
 * of respondents) resting on fewer than {@code minimumCell} respondents is suppressed; when only
 * one column would be, the next smallest is suppressed too, so that no hidden column can be worked
 * out from the totals.
 */
public record Breakdown(long questionnaireId, Dimension dimension, int minimumCell, List<Group> groups, List<QuestionBreakdown> questions) {

	public enum Dimension {
		COUNCIL_TYPE, REGION, RESPONDENT_ROLE;

		public static java.util.Optional<Dimension> parse(String text) {
			if (text == null || text.isBlank()) {
				return java.util.Optional.empty();
			}
			String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
			return java.util.Arrays.stream(values()).filter(d -> d.name().equals(t)).findFirst();
		}
	}

	public record Group(String code, String label) {
	}

	public record QuestionBreakdown(String key, String number, String text, List<String> categories, List<Column> columns) {
	}

	/** {@code answered} and the counts are null when suppressed. */
	public record Column(Group group, Long answered, boolean suppressed, List<OptionCount> options) {
	}

	public Breakdown {
		groups = List.copyOf(groups);
		questions = List.copyOf(questions);
	}

	public QuestionBreakdown question(String key) {
		return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
	}
}
