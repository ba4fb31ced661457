package org.stocktake.collection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A data collection: the measures it collects for one {@code period}, the authorities that must
 * submit, when it opens and closes, and its publication date — before which nothing submitted is
 * visible outside the submitting council and officers.
 */
public record Collection(long id, String title, String period, List<String> measures, List<String> authorities, LocalDate opensOn,
		LocalDate closesOn, LocalDate publishOn, OffsetDateTime publishedAt, List<Rule> rules, String createdBy) {

	public Collection {
		measures = List.copyOf(measures);
		authorities = List.copyOf(authorities);
		rules = List.copyOf(rules);
	}

	/** Whether councils may enter and submit figures on {@code day}. */
	public boolean openOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}
}
