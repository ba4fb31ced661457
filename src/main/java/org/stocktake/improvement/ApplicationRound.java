package org.stocktake.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A round of applications for a funded programme. {@code reported} holds the figures its source gave
 * (board papers often give only totals); {@code recorded} what the bids recorded here add up to.
 */
public record ApplicationRound(long id, String programme, String name, LocalDate openedOn, LocalDate closedOn, LocalDate awardedOn,
		Figures reported, Figures recorded, BigDecimal amountAwardedGbp, String source) {

	/** Bids and the distinct authorities in them; awards and the distinct authorities in those. Null where unknown. */
	public record Figures(Integer bids, Integer authoritiesInBids, Integer awards, Integer authoritiesInAwards) {
	}

	/** A bid: the lead authority and its partners, its title, where assessment has got to and any award. */
	public record Bid(long id, long roundId, String leadGssCode, String leadName, List<String> partnerGssCodes, String title, Status status,
			String assessment, BigDecimal amountGbp) {

		public Bid {
			partnerGssCodes = List.copyOf(partnerGssCodes);
		}
	}

	public enum Status {
		RECEIVED, ASSESSED, AWARDED, NOT_AWARDED;

		public static java.util.Optional<Status> parse(String text) {
			return text == null ? java.util.Optional.empty()
					: java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text.trim().replace(' ', '_'))).findFirst();
		}
	}

	/** A round as typed; figures are optional whole numbers as the source reported them. */
	public record NewRound(String programme, String name, String openedOn, String closedOn, String awardedOn, String bidsReceived,
			String authoritiesInBids, String awards, String authoritiesInAwards, String source) {

		public static NewRound empty() {
			return new NewRound("", "", "", "", "", "", "", "", "", "");
		}
	}

	/** A bid as sent: lead authority and partners (GSS codes) and title. */
	public record NewBid(String lead, List<String> partners, String title) {
	}

	/** An assessment step: the new status, a note, and the amount awarded in £ when awarded. */
	public record Decision(String status, String assessment, String amountGbp) {
	}
}
