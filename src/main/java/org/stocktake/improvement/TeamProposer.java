package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stocktake.improvement.internal.PoolCandidate;
import org.stocktake.improvement.internal.TeamProposalRepository.Rules;

/**
 * The team-proposal rules, over a pool held in memory so that the same code is tested, timed and run.
 * No peer from the host authority, its county or districts, with a declared conflict, blocked on the
 * on-site dates or with an expired accreditation; a lead member peer (of the host's controlling group
 * when the product asks), a lead officer peer of a named role; then the peers that cover most of the
 * skills still uncovered, balancing members with officers and political groups; every tie goes to
 * whoever was used least recently (fair workload). Every pick says why.
 */
final class TeamProposer {

	private static final Set<String> LEADING_ROLES = Set.of("LEADER", "ELECTED_MAYOR");

	private static final Set<String> EXECUTIVE_ROLES = Set.of("DEPUTY_LEADER", "CABINET_MEMBER", "OPPOSITION_LEADER");

	/** Who is being challenged: the stable area code, the name, and neighbours (county, districts) by code. */
	record Host(String areaCode, String name, Map<String, String> neighbours) {
	}

	/** What the team must satisfy. {@code requiredParty} is null when any group may lead; {@code partyReason} says why. */
	record Brief(Host host, Rules rules, List<String> requiredSkills, Map<String, String> skillNames, String requiredParty, String partyReason,
			LocalDate start, LocalDate end, LocalDate today) {
	}

	record Pick(PoolCandidate candidate, TeamMember.Role role, List<String> reasons) {
	}

	record Result(List<Pick> picks, Map<TeamProposal.Exclusion, Integer> excluded, List<String> uncovered, List<String> warnings, int poolSize) {
	}

	/** Least recently used first: never used, then the longest since on site, then fewest peer days. */
	static final Comparator<PoolCandidate> LEAST_RECENTLY_USED = Comparator
		.comparing(PoolCandidate::lastOnSite, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingInt(PoolCandidate::peerDays)
		.thenComparingLong(PoolCandidate::personId);

	private TeamProposer() {
	}

	static Result propose(Brief brief, List<PoolCandidate> pool) {
		Map<TeamProposal.Exclusion, Integer> excluded = new EnumMap<>(TeamProposal.Exclusion.class);
		List<PoolCandidate> eligible = new ArrayList<>();
		for (PoolCandidate c : pool) {
			TeamProposal.Exclusion why = exclusion(brief, c);
			if (why == null) {
				eligible.add(c);
			}
			else {
				excluded.merge(why, 1, Integer::sum);
			}
		}
		eligible.sort(LEAST_RECENTLY_USED);
		List<String> warnings = new ArrayList<>();
		if (brief.start() == null) {
			warnings.add("No on-site dates yet, so availability was not checked");
		}
		List<Pick> picks = new ArrayList<>();
		Set<String> uncovered = new LinkedHashSet<>(brief.requiredSkills());
		if (brief.rules().leadMember()) {
			PoolCandidate lead = eligible.stream()
				.filter(PoolCandidate::councillor)
				.filter(c -> brief.requiredParty() == null || brief.requiredParty().equals(c.party()))
				.min(Comparator.comparingInt(TeamProposer::memberExperience).reversed().thenComparing(LEAST_RECENTLY_USED))
				.orElse(null);
			if (lead == null) {
				warnings.add(brief.requiredParty() == null ? "No eligible member peer for the lead member role"
						: "No eligible member peer from the " + words(brief.requiredParty()) + " group for the lead member role");
			}
			else {
				List<String> reasons = new ArrayList<>();
				reasons.add(brief.requiredParty() == null ? "Lead member peer: " + brief.partyReason()
						: "Lead member peer from the " + words(brief.requiredParty()) + " group: " + brief.partyReason());
				experience(lead).ifPresent(reasons::add);
				picks.add(pick(brief, lead, TeamMember.Role.LEAD_MEMBER_PEER, reasons, uncovered));
			}
		}
		Set<String> officerRoles = brief.rules().leadOfficerRoles();
		PoolCandidate leadOfficer = eligible.stream()
			.filter(c -> "OFFICER".equals(c.type()))
			.filter(c -> officerRoles.isEmpty() || officerRoles.stream().anyMatch(r -> c.currentRoles().contains(r) || c.formerRoles().contains(r)))
			.min(Comparator.comparingInt((PoolCandidate c) -> officerRoles.stream().anyMatch(r -> c.currentRoles().contains(r)) ? 0 : 1)
				.thenComparing(officerRoles.isEmpty() ? Comparator.comparingInt((PoolCandidate c) -> -covers(c, uncovered)) : (a, b) -> 0)
				.thenComparing(LEAST_RECENTLY_USED))
			.orElse(null);
		if (leadOfficer == null) {
			warnings.add(officerRoles.isEmpty() ? "No eligible officer peer for the lead officer role"
					: "No eligible officer peer who is or was " + roleWords(officerRoles) + " for the lead officer role");
		}
		else {
			List<String> reasons = new ArrayList<>();
			String held = officerRoles.stream().filter(r -> leadOfficer.currentRoles().contains(r)).findFirst().map(r -> "is " + words(r))
				.orElse(officerRoles.stream().filter(r -> leadOfficer.formerRoles().contains(r)).findFirst().map(r -> "was " + words(r)).orElse(null));
			reasons.add(held == null ? "Lead officer peer" : "Lead officer peer: " + held);
			picks.add(pick(brief, leadOfficer, TeamMember.Role.LEAD_OFFICER_PEER, reasons, uncovered));
		}
		Set<Long> chosen = new HashSet<>();
		picks.forEach(p -> chosen.add(p.candidate().personId()));
		while (picks.size() < brief.rules().teamSize()) {
			PoolCandidate best = null;
			int bestCovers = -1;
			int bestBalance = -1;
			// eligible is already least recently used first, so the first of equals wins the tie
			for (PoolCandidate c : eligible) {
				if (chosen.contains(c.personId())) {
					continue;
				}
				int covers = covers(c, uncovered);
				int balance = balance(c, picks);
				if (covers > bestCovers || (covers == bestCovers && balance > bestBalance)) {
					best = c;
					bestCovers = covers;
					bestBalance = balance;
				}
			}
			if (best == null) {
				warnings.add("The pool has too few eligible peers for a team of " + brief.rules().teamSize());
				break;
			}
			List<String> reasons = new ArrayList<>();
			if (bestCovers == 0) {
				reasons.add("Completes the team of " + brief.rules().teamSize());
			}
			String balanced = balanceReason(best, picks);
			if (balanced != null) {
				reasons.add(balanced);
			}
			chosen.add(best.personId());
			picks.add(pick(brief, best, TeamMember.Role.PEER, reasons, uncovered));
		}
		if (!uncovered.isEmpty()) {
			warnings.add("No eligible peer brings " + String.join(", ", uncovered.stream().map(s -> brief.skillNames().getOrDefault(s, s)).toList()));
		}
		return new Result(picks, excluded, List.copyOf(uncovered), warnings, pool.size());
	}

	/** The first rule that keeps the peer off this team, or null when none does. */
	static TeamProposal.Exclusion exclusion(Brief brief, PoolCandidate c) {
		if (brief.host().areaCode().equals(c.areaCode())) {
			return TeamProposal.Exclusion.HOST_AUTHORITY;
		}
		if (c.areaCode() != null && brief.host().neighbours().containsKey(c.areaCode())) {
			return TeamProposal.Exclusion.COUNTY_OR_DISTRICT;
		}
		if (c.conflicts().contains(brief.host().areaCode())) {
			return TeamProposal.Exclusion.DECLARED_CONFLICT;
		}
		if (brief.start() != null && !c.availableBetween(brief.start(), brief.end())) {
			return TeamProposal.Exclusion.UNAVAILABLE;
		}
		LocalDate needed = brief.end() != null ? brief.end() : brief.today();
		if (c.accreditationExpires() != null && c.accreditationExpires().isBefore(needed)) {
			return TeamProposal.Exclusion.ACCREDITATION_EXPIRED;
		}
		return null;
	}

	private static Pick pick(Brief brief, PoolCandidate c, TeamMember.Role role, List<String> reasons, Set<String> uncovered) {
		List<String> brings = new ArrayList<>();
		for (String s : List.copyOf(uncovered)) {
			if (c.skills().contains(s)) {
				brings.add(brief.skillNames().getOrDefault(s, s));
				uncovered.remove(s);
			}
		}
		if (!brings.isEmpty()) {
			reasons.add("Brings " + String.join(", ", brings));
		}
		String where = c.areaName() == null ? "another authority" : c.areaName();
		reasons.add("From " + where + ": not " + brief.host().name() + ", its county or districts, and no declared conflict with it");
		if (brief.start() != null) {
			reasons.add("Free on the on-site dates " + brief.start() + " to " + brief.end());
		}
		if (c.accreditationExpires() != null) {
			reasons.add("Accredited until " + c.accreditationExpires());
		}
		reasons.add(c.lastOnSite() == null ? "Not yet used on a team (fair workload: least recently used first)"
				: "Last on site " + c.lastOnSite() + ", " + c.peerDays() + " peer days given (fair workload: least recently used first)");
		return new Pick(c, role, reasons);
	}

	private static int covers(PoolCandidate c, Set<String> uncovered) {
		int n = 0;
		for (String s : uncovered) {
			if (c.skills().contains(s)) {
				n++;
			}
		}
		return n;
	}

	/** Members and officers evened up; a member peer from a group not yet on the team. */
	private static int balance(PoolCandidate c, List<Pick> picks) {
		long members = picks.stream().filter(p -> p.candidate().councillor()).count();
		long officers = picks.size() - members;
		int score = 0;
		if (c.councillor() ? members < officers : officers < members) {
			score++;
		}
		if (c.councillor() && c.party() != null && picks.stream().noneMatch(p -> c.party().equals(p.candidate().party()))) {
			score++;
		}
		return score;
	}

	private static String balanceReason(PoolCandidate c, List<Pick> picks) {
		long members = picks.stream().filter(p -> p.candidate().councillor()).count();
		long officers = picks.size() - members;
		List<String> parts = new ArrayList<>();
		if (c.councillor() ? members < officers : officers < members) {
			parts.add(c.councillor() ? "evens up member and officer peers" : "evens up officer and member peers");
		}
		if (c.councillor() && c.party() != null && picks.stream().noneMatch(p -> c.party().equals(p.candidate().party()))) {
			parts.add("adds a member from the " + words(c.party()) + " group");
		}
		return parts.isEmpty() ? null : "Balances the team: " + String.join(" and ", parts);
	}

	private static int memberExperience(PoolCandidate c) {
		if (c.currentRoles().stream().anyMatch(LEADING_ROLES::contains)) {
			return 4;
		}
		if (c.formerRoles().stream().anyMatch(LEADING_ROLES::contains)) {
			return 3;
		}
		if (c.currentRoles().stream().anyMatch(EXECUTIVE_ROLES::contains)) {
			return 2;
		}
		return c.formerRoles().stream().anyMatch(EXECUTIVE_ROLES::contains) ? 1 : 0;
	}

	private static java.util.Optional<String> experience(PoolCandidate c) {
		for (String r : List.of("LEADER", "ELECTED_MAYOR", "DEPUTY_LEADER", "CABINET_MEMBER", "OPPOSITION_LEADER")) {
			if (c.currentRoles().contains(r)) {
				return java.util.Optional.of("Experience: is " + words(r));
			}
		}
		for (String r : List.of("LEADER", "ELECTED_MAYOR", "DEPUTY_LEADER", "CABINET_MEMBER", "OPPOSITION_LEADER")) {
			if (c.formerRoles().contains(r)) {
				return java.util.Optional.of("Experience: was " + words(r));
			}
		}
		return java.util.Optional.empty();
	}

	private static String roleWords(Set<String> roles) {
		return String.join(" or ", roles.stream().sorted().map(TeamProposer::words).toList());
	}

	/** An upper-snake-case value as words: LIBERAL_DEMOCRAT → Liberal Democrat, CHIEF_EXECUTIVE → chief executive. */
	static String words(String value) {
		Map<String, String> special = new LinkedHashMap<>();
		special.put("REFORM_UK", "Reform UK");
		special.put("UKIP", "UKIP");
		special.put("SNP", "SNP");
		special.put("DIRECTOR_OF_CHILDRENS_SERVICES", "director of children's services");
		if (special.containsKey(value)) {
			return special.get(value);
		}
		String lower = value.toLowerCase(java.util.Locale.UK).replace('_', ' ');
		boolean party = org.stocktake.people.Party.parse(value).isPresent();
		if (!party) {
			return lower;
		}
		StringBuilder out = new StringBuilder();
		for (String w : lower.split(" ")) {
			out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
		}
		return out.toString();
	}
}
