package org.stocktake.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * A saved report rendered for one council: each measure's latest value with its rank, quartile and
 * percentile in the report's group (percentile 100 = best by polarity), the scale of the spider chart.
 */
public record SavedReportView(SavedReport report, String area, String areaName, String groupName, List<Row> rows) {

	public record Row(String measure, String title, String period, BigDecimal value, ValueStatus status, String marker, int decimalPlaces,
			Integer rank, Integer count, Integer quartile, Double percentile, BigDecimal median, Direction direction) {
	}
}
