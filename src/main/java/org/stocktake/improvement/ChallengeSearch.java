package org.stocktake.improvement;

import org.stocktake.register.Region;

/**
 * Filters for the list of challenges; null means any. {@code year} is the calendar year of the visit
 * (of the enquiry while there has been none); {@code areaGss} limits to one authority.
 */
public record ChallengeSearch(ChallengeState state, String product, Region region, Integer year, String areaGss) {

	public static ChallengeSearch all() {
		return new ChallengeSearch(null, null, null, null, null);
	}
}
