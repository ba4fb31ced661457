package org.stocktake.knowledge;

import java.util.Locale;

/** Where a case study is in moderation; written as lower-case words (CONTRACT.md: statuses that are words). */
public enum CaseStudyStatus {

	DRAFT, SUBMITTED, PUBLISHED, ARCHIVED;

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static CaseStudyStatus ofWord(String word) {
		return valueOf(word.trim().toUpperCase(Locale.ROOT));
	}
}
