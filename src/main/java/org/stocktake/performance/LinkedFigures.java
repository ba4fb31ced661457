package org.stocktake.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.stocktake.improvement.ChallengeSearch;
import org.stocktake.improvement.PeerChallenge;
import org.stocktake.improvement.PeerChallenges;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

/**
 * Figures a target can take from another module instead of an officer's return, read afresh each time
 * so they update themselves. Today: peer challenges delivered (on site) in the quarter, from improvement.
 */
@Component
class LinkedFigures {

	static final String PEER_CHALLENGES_DELIVERED = "peer-challenges-delivered";

	/** The figures a target may link to, by id, with their description. */
	static final Map<String, String> AVAILABLE = new LinkedHashMap<>(Map.of(PEER_CHALLENGES_DELIVERED,
			"Peer challenges delivered (first day on site in the quarter), from the improvement module"));

	private final PeerChallenges challenges;

	LinkedFigures(PeerChallenges challenges) {
		this.challenges = challenges;
	}

	/** The figure for one quarter, or null when the quarter has not begun by {@code today}. */
	BigDecimal figure(String id, FinancialYear year, int quarter, LocalDate today) {
		if (!PEER_CHALLENGES_DELIVERED.equals(id)) {
			return null;
		}
		LocalDate from = year.quarterStart(quarter);
		LocalDate to = year.quarterEnd(quarter);
		if (from.isAfter(today)) {
			return null;
		}
		long count = 0;
		for (int calendarYear = from.getYear(); calendarYear <= to.getYear(); calendarYear++) {
			int page = 0;
			Paged<PeerChallenge> found;
			do {
				found = challenges.search(new ChallengeSearch(null, null, null, calendarYear, null), new PageRequest(page++, PageRequest.MAX_SIZE));
				count += found.items().stream()
					.filter(c -> c.onSiteStart() != null && !c.onSiteStart().isBefore(from) && !c.onSiteStart().isAfter(to))
					.count();
			}
			while (found.hasNext());
		}
		return BigDecimal.valueOf(count);
	}
}
