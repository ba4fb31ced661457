package org.stocktake.consultation;

import java.util.List;

/** A section of questions with an optional heading and introduction. */
public record NewSection(String title, String intro, List<NewQuestion> questions) {

	public NewSection {
		questions = List.copyOf(questions);
	}

	public static NewSection of(String title, NewQuestion... questions) {
		return new NewSection(title, null, List.of(questions));
	}
}
