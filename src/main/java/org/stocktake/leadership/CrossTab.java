package org.stocktake.leadership;

import java.time.LocalDate;
import java.util.List;

/**
 * Bookings (BOOKED and ATTENDED) of events starting within the dates, as rows of one recorded
 * characteristic × programmes, with row and column totals. Bookings where the characteristic was
 * not recorded form a row keyed {@code NOT_RECORDED}.
 */
public record CrossTab(String by, LocalDate from, LocalDate to, List<String> programmes, List<Row> rows, List<Integer> totals, int total) {

	public static final String NOT_RECORDED = "NOT_RECORDED";

	public CrossTab {
		programmes = List.copyOf(programmes);
		rows = List.copyOf(rows);
		totals = List.copyOf(totals);
	}

	public record Row(String key, String label, List<Integer> counts, int total) {
		public Row {
			counts = List.copyOf(counts);
		}
	}

	/** The count in a row and programme column; 0 where there is none. */
	public int count(String rowKey, String programme) {
		int column = programmes.indexOf(programme);
		return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst().map(r -> column < 0 ? 0 : r.counts().get(column)).orElse(0);
	}

	public int columnTotal(String programme) {
		int column = programmes.indexOf(programme);
		return column < 0 ? 0 : totals.get(column);
	}

	public Row row(String key) {
		return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
	}
}
