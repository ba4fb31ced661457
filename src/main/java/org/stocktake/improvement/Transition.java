package org.stocktake.improvement;

/**
 * A request to move a challenge on, as typed: the state {@code to}, the date it happened {@code on}
 * (today when blank), and what that step records: on-site dates, the report's link, the reason
 * publication was declined or the challenge closed early ({@code reason}), and for a confirmed team its
 * lead member peer, lead officer peer and other peers (directory ids or refs, comma-separated).
 */
public record Transition(String to, String on, String onSiteStart, String onSiteEnd, String link, String reason, String leadMemberPeer,
		String leadOfficerPeer, String peers, String note) {

	public static Transition to(ChallengeState state) {
		return new Transition(state.name(), null, null, null, null, null, null, null, null, null);
	}
}
