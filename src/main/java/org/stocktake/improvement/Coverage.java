package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.List;

/**
 * Which authorities had a product delivered (a visit started) since {@code since}, and which did not.
 * Counted over current authorities the product is for: fire and rescue authorities for a fire peer
 * challenge, principal councils for everything else.
 */
public record Coverage(String product, int years, LocalDate since, List<Entry> covered, List<Entry> notCovered) {

	public Coverage {
		covered = List.copyOf(covered);
		notCovered = List.copyOf(notCovered);
	}

	public int authorities() {
		return covered.size() + notCovered.size();
	}

	/** The share of authorities covered, as a percentage to one decimal place (null when there are none). */
	public java.math.BigDecimal share() {
		return authorities() == 0 ? null
				: java.math.BigDecimal.valueOf(covered.size() * 100L).divide(java.math.BigDecimal.valueOf(authorities()), 1,
						java.math.RoundingMode.HALF_UP);
	}

	/** One authority and the start of its latest visit in the window (null when none). */
	public record Entry(String gssCode, String name, String type, LocalDate latestVisit, Long challengeId) {
	}
}
