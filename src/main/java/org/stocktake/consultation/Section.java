package org.stocktake.consultation;

import java.util.List;

public record Section(long id, String title, String intro, List<Question> questions) {

	public Section {
		questions = List.copyOf(questions);
	}
}
