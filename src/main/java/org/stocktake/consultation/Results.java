package org.stocktake.consultation;

import java.util.List;

/**
 * Aggregated results of a questionnaire: per question, counts and percentages per option (or scale
 * point) and, for scales and numbers, the mean. {@code responses} is the number of current
 * responses counted (latest version per link), null when fewer than {@code minimumCell}. A question answered by fewer than
 * {@code minimumCell} respondents is {@code suppressed}: its counts, its number answering and its mean are hidden (null).
 */
public record Results(long questionnaireId, String title, Long responses, int minimumCell, List<QuestionResult> questions) {

	public Results {
		questions = List.copyOf(questions);
	}

	public QuestionResult question(String key) {
		return questions.stream().filter(q -> q.key().equals(key)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No question " + key));
	}

	public record QuestionResult(String key, String number, String text, QuestionType type, Long answered, boolean suppressed,
			List<OptionCount> options, Double mean) {

		public QuestionResult {
			options = List.copyOf(options);
		}

		public OptionCount option(String label) {
			return options.stream().filter(o -> o.label().equals(label)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No option " + label));
		}
	}

	/** {@code count} and {@code percentage} (of those who answered the question, one decimal) are null when suppressed. */
	public record OptionCount(String label, Long count, Double percentage) {
	}
}
