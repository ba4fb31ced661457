package org.stocktake.consultation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.stocktake.consultation.Answers;
import org.stocktake.consultation.Question;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;

/** Reads answers from a respondent form, whose fields are named {@code a-<question key>}. */
final class AnswerForm {

	static final String PREFIX = "a-";

	private AnswerForm() {
	}

	static Answers read(Questionnaire questionnaire, MultiValueMap<String, String> params) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (Question q : questionnaire.questions()) {
			List<String> given = params.get(PREFIX + q.key());
			if (given != null) {
				values.put(q.key(), given);
			}
		}
		return new Answers(values);
	}

	/** Field errors by question key, for the page to show beside each question. */
	static Map<String, String> errors(BadRequestException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError e : ex.errors()) {
			errors.putIfAbsent(e.field() == null ? "" : e.field(), e.message());
		}
		return errors;
	}
}
