package org.stocktake.improvement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A team proposed for a challenge from the peer pool, every peer with the reasons they were chosen:
 * the skills the team had to cover and those it could not, how many peers each rule kept out
 * ({@code excluded}, by rule), and what the officers decided when they confirmed the team.
 */
public record TeamProposal(long id, long challengeId, LocalDate onSiteStart, LocalDate onSiteEnd, int poolSize, List<String> requiredSkills,
		Map<String, Integer> excluded, List<Proposed> members, List<String> uncoveredSkills, List<String> warnings, String proposedBy,
		OffsetDateTime proposedAt, Boolean accepted, String decisionReason) {

	/** Why a peer was kept off every team this time; the keys of {@link #excluded()}. */
	public enum Exclusion {
		HOST_AUTHORITY, COUNTY_OR_DISTRICT, DECLARED_CONFLICT, UNAVAILABLE, ACCREDITATION_EXPIRED
	}

	public TeamProposal {
		requiredSkills = List.copyOf(requiredSkills);
		excluded = Map.copyOf(excluded);
		members = List.copyOf(members);
		uncoveredSkills = List.copyOf(uncoveredSkills);
		warnings = List.copyOf(warnings);
	}

	public record Proposed(long personId, String name, String type, String party, String authorityGssCode, String authorityName,
			TeamMember.Role role, List<String> reasons) {

		public Proposed {
			reasons = List.copyOf(reasons);
		}
	}

	public Proposed member(TeamMember.Role role) {
		return members.stream().filter(m -> m.role() == role).findFirst().orElse(null);
	}

	/** The other peers' directory numbers, comma-separated, as the team form takes them. */
	public String otherPeers() {
		return String.join(", ", members.stream().filter(m -> m.role() == TeamMember.Role.PEER).map(m -> String.valueOf(m.personId())).toList());
	}
}
