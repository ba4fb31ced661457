package org.stocktake.improvement;

/**
 * What scoping agrees and may change later: the association's challenge manager (a directory id or
 * ref), the scope, the council's own priorities and its key lines of enquiry.
 */
public record ChallengeDetails(String challengeManager, String scope, String councilPriorities, String keyLinesOfEnquiry) {

	public static ChallengeDetails of(PeerChallenge c) {
		return new ChallengeDetails(c.challengeManagerId() == null ? "" : c.challengeManagerId().toString(), nz(c.scope()),
				nz(c.councilPriorities()), nz(c.keyLinesOfEnquiry()));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
