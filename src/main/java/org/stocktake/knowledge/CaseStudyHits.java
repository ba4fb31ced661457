package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.stocktake.platform.web.Paged;

/**
 * A page of search results. When a word of the query is not in the library but a near one is, the
 * search runs with the near word and says so ({@code correctedQuery}).
 */
public record CaseStudyHits(Paged<Hit> page, String query, String correctedQuery) {

	/** One result; {@code titleHtml} and {@code summaryHtml} are escaped text with the matched words in {@code <mark>}. */
	public record Hit(long id, String title, String titleHtml, String summaryHtml, List<String> themes, List<String> regions, BigDecimal savings,
			LocalDate publishedOn, String source, double rank) {
	}
}
