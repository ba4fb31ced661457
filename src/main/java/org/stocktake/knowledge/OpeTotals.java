package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.util.List;

import org.stocktake.register.Region;

/**
 * The figures of one phase: partnerships, memberships counted from the members listed, distinct
 * authorities, funding; and, beside them, what the programme itself stated (which may differ: the
 * January 2016 paper lists 106 memberships for the "108 councils" it announces).
 */
public record OpeTotals(int phase, int partnerships, int membershipsListed, int distinctAuthorities, BigDecimal fundingAwarded,
		int partFunded, Stated stated, List<ByRegion> byRegion) {

	public OpeTotals {
		byRegion = List.copyOf(byRegion);
	}

	public record Stated(Integer partnerships, Integer councils, BigDecimal funding, String statement, String source) {
	}

	public record ByRegion(Region region, int partnerships, int membershipsListed, BigDecimal fundingAwarded) {
	}
}
