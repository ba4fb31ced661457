package org.stocktake.collection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One authority's return to a collection: its figures (each with last period's published figure
 * for reference), what the rules find, and its history of submissions and reviews.
 */
public record Return(long collectionId, String collectionTitle, String period, String gssCode, String authorityName, ReturnState state,
		List<Item> values, ValidationReport report, OffsetDateTime submittedAt, OffsetDateTime reviewedAt, String reviewComment,
		OffsetDateTime publishedAt, List<Event> history) {

	/** One measure of the return. {@code value} and {@code marker} are both null while the council has entered nothing. */
	public record Item(String measure, String title, String unit, int decimalPlaces, BigDecimal value, String marker, String status,
			String note, String previousPeriod, BigDecimal previousValue, String previousMarker) {

		public boolean entered() {
			return value != null || marker != null;
		}

		/** What the council wrote: the number, or the marker. */
		public String text() {
			return value != null ? value.toPlainString() : marker;
		}
	}

	/** One step of the return's history. */
	public record Event(String action, String comment, String actor, OffsetDateTime at) {
	}
}
