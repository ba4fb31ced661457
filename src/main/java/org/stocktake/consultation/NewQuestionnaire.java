package org.stocktake.consultation;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A questionnaire to create as a draft. {@code slug} is its unique name in URLs (lower case,
 * digits and hyphens); {@code closesAt} (Europe/London when shown) may be null for one that stays
 * open; {@code minimumCell} overrides the configured smallest group of responses results show.
 */
public record NewQuestionnaire(String slug, QuestionnaireKind kind, String title, String summary, ZonedDateTime opensAt,
		ZonedDateTime closesAt, Integer minimumCell, List<NewSection> sections) {

	public NewQuestionnaire {
		if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,119}")) {
			throw new IllegalArgumentException("A questionnaire's slug is lower-case letters, digits and hyphens: " + slug);
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A questionnaire needs a title");
		}
		sections = List.copyOf(sections);
		long keys = sections.stream().flatMap(s -> s.questions().stream()).map(NewQuestion::key).distinct().count();
		long all = sections.stream().mapToLong(s -> s.questions().size()).sum();
		if (keys != all) {
			throw new IllegalArgumentException("Question keys must be unique within a questionnaire");
		}
	}

	public static NewQuestionnaire of(String slug, QuestionnaireKind kind, String title, ZonedDateTime closesAt, NewSection... sections) {
		return new NewQuestionnaire(slug, kind, title, null, null, closesAt, null, List.of(sections));
	}
}
