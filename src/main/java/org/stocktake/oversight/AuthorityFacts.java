package org.stocktake.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.stocktake.register.Area;

/**
 * What the watchlist knows about one authority before any weight is applied: the inputs of every
 * signal, gathered from inspections, interventions, thresholds, the benchmarking data and the
 * improvement offer. Kept apart from the scoring so that scores can be checked by hand on fixtures.
 */
record AuthorityFacts(Area area, LocalDate today, List<Judged> judgements, List<Intervention> activeInterventions,
		List<ThresholdResult> thresholds, Benchmarking bottomQuartile, Benchmarking worsening, Finance finance,
		PeerChallenge peerChallenge, List<String> notInspectedUnder) {

	AuthorityFacts {
		judgements = List.copyOf(judgements);
		activeInterventions = List.copyOf(activeInterventions);
		thresholds = List.copyOf(thresholds);
		notInspectedUnder = List.copyOf(notInspectedUnder);
	}

	/** The latest judgement of the authority under a framework in force. */
	record Judged(Framework framework, Inspection inspection) {
	}

	/**
	 * Of {@code considered} measures (with a better direction and a value for the authority),
	 * {@code flagged} are in the bottom quartile, or worsening; {@code context} names the group or the
	 * number of periods.
	 */
	record Benchmarking(int considered, List<String> flagged, String context) {

		Benchmarking {
			flagged = List.copyOf(flagged);
		}

		static Benchmarking none(String context) {
			return new Benchmarking(0, List.of(), context);
		}
	}

	/** Of {@code withData} financial-health indicators the authority has a figure for, those flagged. */
	record Finance(int withData, List<FinanceFlag> flagged) {

		Finance {
			flagged = List.copyOf(flagged);
		}
	}

	/** A flagged indicator with its figure: the ratio (as a percentage), the period, and where it ranks among its type. */
	record FinanceFlag(String indicator, String period, BigDecimal percentage, int rank, int of, String direction) {
	}

	/** {@code due} when a principal council has had no corporate peer challenge on site within {@code years} years. */
	record PeerChallenge(boolean due, int years, LocalDate since) {
	}
}
