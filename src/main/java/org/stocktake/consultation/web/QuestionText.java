package org.stocktake.consultation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stocktake.consultation.NewQuestion;
import org.stocktake.consultation.NewSection;
import org.stocktake.consultation.QuestionType;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * Reads questions written as plain text, the way a consultation paper sets them out:
 * <pre>
 * ## Key principles
 * 1. Are the principles still the right ones? [single, required]
 * - Yes
 * - No
 * 2. If you answered no, what instead? [text, if 1 = No]
 * help: A sentence or two is enough
 * 3. How useful was the event? [scale 1-4 poor/excellent]
 * 4. How many colleagues attended? [number]
 * 5. Which topics helped? [multiple]
 * - Finance
 * - Scrutiny
 * </pre>
 * Each question's key is {@code q} and its number; a condition names an earlier question's number
 * and the answers (separated by {@code /}) that show it.
 */
final class QuestionText {

	private static final Pattern QUESTION = Pattern.compile("^([0-9]{1,3}[a-z]?)\\.\\s+(.+?)\\s*(?:\\[([^\\]]*)\\])?$");
	private static final Pattern SCALE = Pattern.compile("scale\\s+(-?[0-9]+)\\s*-\\s*(-?[0-9]+)(?:\\s+([^/]+)/(.+))?");
	private static final Pattern CONDITION = Pattern.compile("if\\s+([0-9]{1,3}[a-z]?)\\s*=\\s*(.+)");

	private QuestionText() {
	}

	private static final class Draft {
		String number;
		String text;
		String help;
		QuestionType type = QuestionType.FREE_TEXT;
		boolean required;
		Integer min;
		Integer max;
		String minLabel;
		String maxLabel;
		String conditionNumber;
		List<String> conditionAnswers;
		final List<String> options = new ArrayList<>();
		int line;
	}

	static List<NewSection> parse(String text) {
		List<FieldError> errors = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<List<Draft>> sections = new ArrayList<>();
		Draft current = null;
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int lineNumber = i + 1;
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("## ")) {
				titles.add(line.substring(3).strip());
				sections.add(new ArrayList<>());
				current = null;
				continue;
			}
			Matcher q = QUESTION.matcher(line);
			if (q.matches()) {
				if (sections.isEmpty()) {
					titles.add(null);
					sections.add(new ArrayList<>());
				}
				current = new Draft();
				current.line = lineNumber;
				current.number = q.group(1);
				current.text = q.group(2);
				if (q.group(3) != null) {
					attributes(current, q.group(3), errors);
				}
				sections.get(sections.size() - 1).add(current);
				continue;
			}
			if (current == null) {
				errors.add(FieldError.row(lineNumber, "questions", line, "Start with a section (## Heading) or a numbered question (1. Text)"));
			}
			else if (line.startsWith("- ")) {
				current.options.add(line.substring(2).strip());
			}
			else if (line.toLowerCase(Locale.ROOT).startsWith("help:")) {
				current.help = line.substring(5).strip();
			}
			else {
				errors.add(FieldError.row(lineNumber, "questions", line, "Write an option as '- Option' or help as 'help: text'"));
			}
		}
		List<NewSection> result = new ArrayList<>();
		for (int s = 0; s < sections.size(); s++) {
			List<NewQuestion> questions = new ArrayList<>();
			for (Draft d : sections.get(s)) {
				try {
					questions.add(question(d));
				}
				catch (IllegalArgumentException ex) {
					errors.add(FieldError.row(d.line, "questions", d.text, ex.getMessage()));
				}
			}
			result.add(new NewSection(titles.get(s), null, questions));
		}
		if (result.stream().allMatch(s -> s.questions().isEmpty()) && errors.isEmpty()) {
			errors.add(FieldError.field("questions", null, "Write at least one numbered question"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		return result;
	}

	private static void attributes(Draft d, String attributes, List<FieldError> errors) {
		for (String raw : attributes.split(",")) {
			String a = raw.strip();
			String lower = a.toLowerCase(Locale.ROOT);
			Matcher scale = SCALE.matcher(a);
			Matcher condition = CONDITION.matcher(a);
			if (lower.equals("required")) {
				d.required = true;
			}
			else if (lower.equals("single")) {
				d.type = QuestionType.SINGLE_CHOICE;
			}
			else if (lower.equals("multiple")) {
				d.type = QuestionType.MULTIPLE_CHOICE;
			}
			else if (lower.equals("text")) {
				d.type = QuestionType.FREE_TEXT;
			}
			else if (lower.equals("number")) {
				d.type = QuestionType.NUMBER;
			}
			else if (scale.matches()) {
				d.type = QuestionType.SCALE;
				d.min = Integer.parseInt(scale.group(1));
				d.max = Integer.parseInt(scale.group(2));
				d.minLabel = scale.group(3) == null ? null : scale.group(3).strip();
				d.maxLabel = scale.group(4) == null ? null : scale.group(4).strip();
			}
			else if (condition.matches()) {
				d.conditionNumber = condition.group(1);
				d.conditionAnswers = java.util.Arrays.stream(condition.group(2).split("/")).map(String::strip).filter(x -> !x.isEmpty()).toList();
			}
			else if (!a.isEmpty()) {
				errors.add(FieldError.row(d.line, "questions", a,
						"Unknown setting; use single, multiple, text, number, scale 1-4 low/high, required or if N = answer"));
			}
		}
	}

	private static NewQuestion question(Draft d) {
		String key = "q" + d.number.toLowerCase(Locale.ROOT);
		NewQuestion q = new NewQuestion(key, d.number, d.text, d.help, d.type, d.required, d.options, d.min, d.max, d.minLabel, d.maxLabel, null);
		if (d.conditionNumber != null) {
			q = q.shownWhen("q" + d.conditionNumber.toLowerCase(Locale.ROOT), d.conditionAnswers.toArray(String[]::new));
		}
		return q;
	}
}
