package org.stocktake.knowledge;

import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/** A search of the published library: words, filters and order. Null means "any". */
public record CaseStudySearch(String q, String theme, AreaType councilType, Region region, SavingsBand savingsBand, Integer year,
		String source, Sort sort) {

	public enum Sort {
		RELEVANCE, NEWEST, OLDEST, TITLE, SAVINGS
	}

	public boolean hasWords() {
		return q != null && !q.isBlank();
	}
}
