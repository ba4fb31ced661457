package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case study of the good-practice library. {@code bodyHtml} has been cleaned to a safelist of
 * tags when it was saved, so it may be shown as HTML.
 */
public record CaseStudy(long id, String title, String summary, String bodyHtml, String problem, String approach, String outcomes,
		BigDecimal savings, BigDecimal income, Integer peopleHelped, List<String> themes, List<String> serviceAreas, List<Council> councils,
		List<String> measureIds, String contact, String source, String sourceUrl, LocalDate startedOn, LocalDate publishedOn,
		CaseStudyStatus status, String submittedBy, String submittedFor, String moderationNote, OffsetDateTime updatedAt) {

	public CaseStudy {
		themes = List.copyOf(themes);
		serviceAreas = List.copyOf(serviceAreas);
		councils = List.copyOf(councils);
		measureIds = List.copyOf(measureIds);
	}

	public record Council(String gssCode, String name) {
	}
}
