package org.stocktake.consultation;

import java.util.List;

/**
 * A question to add to a questionnaire, built fluently:
 * {@code NewQuestion.single("q8", "Should all authorities …?", "Yes", "No", "Don't know").mandatory()}.
 * {@code key} is the question's stable name within its questionnaire (answers refer to it);
 * {@code number} is what respondents see ("8."), null for none.
 */
public record NewQuestion(String key, String number, String text, String help, QuestionType type, boolean required,
		List<String> options, Integer scaleMin, Integer scaleMax, String scaleMinLabel, String scaleMaxLabel, Condition shownWhen) {

	public NewQuestion {
		if (key == null || !key.matches("[a-z0-9][a-z0-9_-]{0,59}")) {
			throw new IllegalArgumentException("A question key is lower-case letters, digits, '-' or '_' (at most 60): " + key);
		}
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A question needs its text");
		}
		options = options == null ? List.of() : List.copyOf(options);
		if (type.hasOptions() && options.isEmpty()) {
			throw new IllegalArgumentException("A choice question needs options: " + key);
		}
		if (type.hasOptions() && options.stream().distinct().count() != options.size()) {
			throw new IllegalArgumentException("Options of a question must differ: " + key);
		}
		if (type == QuestionType.SCALE && (scaleMin == null || scaleMax == null || scaleMin >= scaleMax)) {
			throw new IllegalArgumentException("A scale needs a lowest and a higher highest point: " + key);
		}
	}

	public static NewQuestion single(String key, String text, String... options) {
		return new NewQuestion(key, null, text, null, QuestionType.SINGLE_CHOICE, false, List.of(options), null, null, null, null, null);
	}

	public static NewQuestion multiple(String key, String text, String... options) {
		return new NewQuestion(key, null, text, null, QuestionType.MULTIPLE_CHOICE, false, List.of(options), null, null, null, null, null);
	}

	public static NewQuestion freeText(String key, String text) {
		return new NewQuestion(key, null, text, null, QuestionType.FREE_TEXT, false, List.of(), null, null, null, null, null);
	}

	/** A scale such as {@code scale("content", "The content was", 1, 4, "poor", "excellent")}. */
	public static NewQuestion scale(String key, String text, int min, int max, String minLabel, String maxLabel) {
		return new NewQuestion(key, null, text, null, QuestionType.SCALE, false, List.of(), min, max, minLabel, maxLabel, null);
	}

	public static NewQuestion number(String key, String text) {
		return new NewQuestion(key, null, text, null, QuestionType.NUMBER, false, List.of(), null, null, null, null, null);
	}

	public NewQuestion mandatory() {
		return new NewQuestion(key, number, text, help, type, true, options, scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, shownWhen);
	}

	public NewQuestion numbered(String shownNumber) {
		return new NewQuestion(key, shownNumber, text, help, type, required, options, scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, shownWhen);
	}

	public NewQuestion help(String helpText) {
		return new NewQuestion(key, number, text, helpText, type, required, options, scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, shownWhen);
	}

	/** Shown only when the answer to {@code questionKey} is any of {@code answers}. */
	public NewQuestion shownWhen(String questionKey, String... answers) {
		return new NewQuestion(key, number, text, help, type, required, options, scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel,
				new Condition(questionKey, List.of(answers)));
	}
}
