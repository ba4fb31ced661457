package org.stocktake.improvement;

/** A peer on a challenge's team, from the people directory. */
public record TeamMember(long personId, String name, String authorityName, Role role) {

	public enum Role {
		LEAD_MEMBER_PEER, LEAD_OFFICER_PEER, PEER;

		public String messageKey() {
			return "challenge.teamRole." + name();
		}
	}
}
