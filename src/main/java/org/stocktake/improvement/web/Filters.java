package org.stocktake.improvement.web;

import org.stocktake.improvement.ChallengeSearch;
import org.stocktake.improvement.ChallengeState;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.register.Region;

/** Reads the list filters (state, product, region, year, area) from request parameters; blank means any. */
final class Filters {

	private Filters() {
	}

	static ChallengeSearch read(String state, String product, String region, String year, String area) {
		ChallengeState s = blank(state) ? null
				: ChallengeState.parse(state).orElseThrow(() -> new BadRequestException("state", state,
						"Unknown state " + state + ": expected one of " + java.util.Arrays.toString(ChallengeState.values())));
		Region r = blank(region) ? null
				: Region.parse(region).orElseThrow(() -> new BadRequestException("region", region, "Unknown region " + region
						+ ": expected an ONS region code such as E12000002"));
		Integer y = null;
		if (!blank(year)) {
			try {
				y = Integer.parseInt(year.trim());
			}
			catch (NumberFormatException ex) {
				throw new BadRequestException("year", year, "The year must be a calendar year such as 2024");
			}
			if (y < 1990 || y > 2100) {
				throw new BadRequestException("year", year, "The year must be a calendar year such as 2024");
			}
		}
		return new ChallengeSearch(s, blank(product) ? null : product.trim(), r, y, blank(area) ? null : area.trim());
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
