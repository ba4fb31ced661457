package org.stocktake.consultation;

import java.util.List;

/** A question as stored; see {@link NewQuestion} for the meaning of each field. */
public record Question(long id, String key, String number, String text, String help, QuestionType type, boolean required,
		List<String> options, Integer scaleMin, Integer scaleMax, String scaleMinLabel, String scaleMaxLabel, Condition shownWhen) {

	public Question {
		options = List.copyOf(options);
	}

	/** Whether the question is shown (and so may be required) given the answers so far. */
	public boolean shownFor(Answers answers) {
		return shownWhen == null || shownWhen.metBy(answers);
	}

	/** The points of a scale, lowest first; empty for other kinds. */
	public List<Integer> scalePoints() {
		if (type != QuestionType.SCALE) {
			return List.of();
		}
		return java.util.stream.IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList();
	}

	/** The label shown before the text: "8. " for numbered questions. */
	public String label() {
		return number == null || number.isBlank() ? text : number + ". " + text;
	}
}
