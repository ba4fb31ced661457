package org.stocktake.oversight;

import java.math.BigDecimal;
import java.util.List;

import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/**
 * One authority on the watchlist: its score (the sum of its signals' points), its rank (competition
 * ranking, 1 = highest score), every enabled signal with its explanation, the services its raised
 * signals concern, and the current frameworks it has not yet been inspected under.
 */
public record WatchlistEntry(String gssCode, String name, AreaType type, Region region, BigDecimal score, int rank,
		List<SignalScore> signals, List<String> services, List<String> notInspectedUnder) {

	public WatchlistEntry {
		signals = List.copyOf(signals);
		services = List.copyOf(services);
		notInspectedUnder = List.copyOf(notInspectedUnder);
	}

	public List<SignalScore> raised() {
		return signals.stream().filter(SignalScore::raised).toList();
	}

	public boolean raises(String signal) {
		return signals.stream().anyMatch(s -> s.signal().equals(signal) && s.raised());
	}

	WatchlistEntry ranked(int newRank) {
		return new WatchlistEntry(gssCode, name, type, region, score, newRank, signals, services, notInspectedUnder);
	}
}
