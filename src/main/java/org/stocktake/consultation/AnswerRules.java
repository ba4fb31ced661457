package org.stocktake.consultation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * Checks answers against their questionnaire: answers to questions that are not shown (their
 * condition unmet) or do not exist are dropped, so results never count an answer the respondent
 * should not have been asked; each kept answer must fit its question; on submission every shown
 * required question needs an answer.
 */
final class AnswerRules {

	static final int MAX_TEXT = 20_000;

	private AnswerRules() {
	}

	static Answers check(Questionnaire questionnaire, Answers given, boolean submitting) {
		Map<String, List<String>> kept = new LinkedHashMap<>();
		List<FieldError> errors = new ArrayList<>();
		for (Question q : questionnaire.questions()) {
			// Conditions refer to earlier questions, so judging them on what is kept so far is enough.
			if (!q.shownFor(new Answers(kept))) {
				continue;
			}
			List<String> values = given.get(q.key());
			if (values.isEmpty()) {
				if (submitting && q.required()) {
					errors.add(FieldError.field(q.key(), null, message(q, "Answer")));
				}
				continue;
			}
			String problem = problem(q, values);
			if (problem != null) {
				errors.add(FieldError.field(q.key(), String.join("; ", values), problem));
				continue;
			}
			kept.put(q.key(), values);
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		return new Answers(kept);
	}

	private static String problem(Question q, List<String> values) {
		switch (q.type()) {
			case SINGLE_CHOICE:
				if (values.size() != 1 || !q.options().contains(values.get(0))) {
					return message(q, "Choose one of the options for");
				}
				return null;
			case MULTIPLE_CHOICE:
				if (!q.options().containsAll(values) || values.stream().distinct().count() != values.size()) {
					return message(q, "Choose only options listed for");
				}
				return null;
			case SCALE:
				if (values.size() != 1 || !values.get(0).matches("-?[0-9]{1,9}") || Integer.parseInt(values.get(0)) < q.scaleMin()
						|| Integer.parseInt(values.get(0)) > q.scaleMax()) {
					return message(q, "Choose a point from " + q.scaleMin() + " to " + q.scaleMax() + " for");
				}
				return null;
			case NUMBER:
				try {
					if (values.size() != 1) {
						return message(q, "Enter one number for");
					}
					new BigDecimal(values.get(0).replace(",", ""));
					return null;
				}
				catch (NumberFormatException ex) {
					return message(q, "Enter a number for");
				}
			default:
				if (values.size() != 1 || values.get(0).length() > MAX_TEXT) {
					return message(q, "Keep your answer under " + MAX_TEXT + " characters for");
				}
				return null;
		}
	}

	private static String message(Question q, String verb) {
		return verb + " question " + (q.number() == null ? "‘" + q.text() + "’" : q.number());
	}
}
