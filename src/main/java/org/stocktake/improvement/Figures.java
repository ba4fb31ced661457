package org.stocktake.improvement;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures the boards ask for in one financial year: challenges delivered (first day on site in the
 * year) per quarter against the year's target, by product, region and type of authority; coverage of
 * corporate peer challenge (four years) and fire peer challenge (three years); the publication and
 * action-plan rates; peer days donated, by donating authority; and authorities supported by type.
 */
public record Figures(String financialYear, int target, int delivered, List<Row> byQuarter, List<Row> byProduct, List<Row> byRegion,
		List<Row> byType, List<Row> byYear, Coverage corporateCoverage, Coverage fireCoverage, Rate publication, Rate actionPlans, int peerDays,
		List<Row> peerDaysByAuthority, List<Row> supportByType, BigDecimal supportSavingsGbp) {

	/** The business plan's "at least 100 peer challenges" a year (004). */
	public static final int ANNUAL_TARGET = 100;

	public Figures {
		byQuarter = List.copyOf(byQuarter);
		byProduct = List.copyOf(byProduct);
		byRegion = List.copyOf(byRegion);
		byType = List.copyOf(byType);
		byYear = List.copyOf(byYear);
		peerDaysByAuthority = List.copyOf(peerDaysByAuthority);
		supportByType = List.copyOf(supportByType);
	}

	/** A figure under a key (a quarter, a product id, a region code, a type, a GSS code) with its label. */
	public record Row(String key, String label, int value) {
	}

	/** {@code of} out of {@code among}; the percentage is null when there is nothing to count. */
	public record Rate(int of, int among) {

		public Double percent() {
			return among == 0 ? null : Math.round(1000.0 * of / among) / 10.0;
		}
	}

	/** Delivered as a share of the target, in whole per cent. */
	public int percentOfTarget() {
		return target == 0 ? 0 : Math.round(100f * delivered / target);
	}
}
