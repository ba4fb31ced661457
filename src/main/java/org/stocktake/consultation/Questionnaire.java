package org.stocktake.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire with its sections and questions. It is a draft until published; once published it
 * accepts answers until {@code closesAt} (if any).
 */
public record Questionnaire(long id, String slug, QuestionnaireKind kind, String title, String summary, Status status,
		Instant opensAt, Instant closesAt, boolean resultsPublished, Integer minimumCell, boolean demonstration, List<Section> sections) {

	public enum Status {
		DRAFT, PUBLISHED
	}

	public Questionnaire {
		sections = List.copyOf(sections);
	}

	public List<Question> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}

	public Optional<Question> question(String key) {
		return questions().stream().filter(q -> q.key().equals(key)).findFirst();
	}

	public boolean published() {
		return status == Status.PUBLISHED;
	}

	public boolean closedAt(Instant now) {
		return closesAt != null && !now.isBefore(closesAt);
	}

	/** Whether a response may be given at {@code now}: published, opened and not yet closed. */
	public boolean openAt(Instant now) {
		return published() && (opensAt == null || !now.isBefore(opensAt)) && !closedAt(now);
	}
}
