package org.stocktake.improvement;

/**
 * An enquiry for a peer challenge, as typed in the form or sent to the API: the authority's GSS code,
 * the product id, the date it was received (today when blank), and optionally the earlier challenge a
 * follow-up returns to, the association's challenge manager (a directory id or ref), the scope, the
 * council's own priorities and key lines of enquiry.
 */
public record NewPeerChallenge(String area, String product, String enquiryOn, String follows, String challengeManager, String scope,
		String councilPriorities, String keyLinesOfEnquiry) {

	public static NewPeerChallenge empty(String area) {
		return new NewPeerChallenge(area == null ? "" : area, "", "", "", "", "", "", "");
	}
}
