package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.improvement.internal.PoolCandidate;
import org.stocktake.improvement.internal.TeamProposalRepository.Rules;
import org.stocktake.people.Directory;
import org.stocktake.people.PoliticalControl;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.register.Area;
import org.stocktake.register.AreaType;
import org.stocktake.register.Register;
import org.stocktake.support.StocktakeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@StocktakeTest
@DisplayName("A team proposal")
class TeamProposalTests {

	static final List<String> CORE = List.of("local-context-and-priorities", "financial-planning-and-viability",
			"political-and-managerial-leadership", "governance-and-decision-making", "organisational-capacity");

	@Autowired
	PeerChallenges challenges;

	@Autowired
	TeamProposals proposals;

	@Autowired
	Register register;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** Runs {@code test} in a transaction that is rolled back, so the generated pool is never committed. */
	void rolledBack(Consumer<LocalDate> test) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			try {
				test.accept(challenges.today());
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	List<Area> principalCouncils() {
		return register.all().stream().filter(Area::current).filter(a -> a.type().principalCouncil()).sorted(Comparator.comparing(Area::code)).toList();
	}

	PoliticalControl latestControl(Area area, LocalDate today) {
		return directory.politicalControl(area.gssCode()).stream().filter(c -> c.year() <= today.getYear())
			.max(Comparator.comparingInt(PoliticalControl::year)).orElse(null);
	}

	/** A real district under a county whose latest recorded control is one party's. */
	Area districtControlledByAParty(LocalDate today) {
		return principalCouncils().stream()
			.filter(a -> a.type() == AreaType.NON_METROPOLITAN_DISTRICT && a.parentCode() != null)
			.filter(a -> {
				PoliticalControl c = latestControl(a, today);
				return c != null && c.controllingParty().isPresent();
			})
			.findFirst().orElseThrow(() -> new AssertionError("The register and political control hold no district controlled by one party"));
	}

	/** A peer who would lead any team if no rule kept them out. */
	static SyntheticPeerPool.Spec ideal(String ref, String type, String areaCode, String party, List<String> conflicts, LocalDate blockedFrom,
			LocalDate blockedTo, LocalDate expires) {
		List<String> skills = new ArrayList<>(CORE);
		return new SyntheticPeerPool.Spec(SyntheticPeerPool.REF_PREFIX + ref, "Synthetic ideal peer " + ref, type, areaCode, party, skills,
				List.of(type.equals("COUNCILLOR") ? "LEADER" : "CHIEF_EXECUTIVE"), List.of(), conflicts, blockedFrom, blockedTo, expires);
	}

	PeerChallenge corporateChallengeOf(Area host, LocalDate today) {
		return challenges.request(new NewPeerChallenge(host.gssCode(), Product.CORPORATE_PEER_CHALLENGE, today.toString(), null, null,
				"Housing delivery", null, null));
	}

	@Nested
	@DisplayName("on a generated pool of 2,000 peers at real authorities")
	class OnAGeneratedPool {

		@Test
		@DisplayName("keeps out peers from the host, its county, with a declared conflict, blocked on the dates or with expired accreditation")
		void exclusions() {
			rolledBack(today -> {
				Area host = districtControlledByAParty(today);
				String party = latestControl(host, today).controllingParty().get().name();
				Area county = register.byCode(host.parentCode()).orElseThrow();
				Area elsewhere = principalCouncils().stream().filter(a -> !a.code().equals(host.code()) && !a.code().equals(county.code())
						&& !county.code().equals(a.parentCode())).findFirst().orElseThrow();
				LocalDate start = today.plusDays(60).with(java.time.DayOfWeek.MONDAY);
				LocalDate end = start.plusDays(3);
				List<SyntheticPeerPool.Spec> specs = new ArrayList<>(SyntheticPeerPool.generate(2000, principalCouncils(), today, 42));
				List<SyntheticPeerPool.Spec> keptOut = List.of(
						ideal("host-member", "COUNCILLOR", host.code(), party, List.of(), null, null, null),
						ideal("county-officer", "OFFICER", county.code(), null, List.of(), null, null, null),
						ideal("conflicted-member", "COUNCILLOR", elsewhere.code(), party, List.of(host.code()), null, null, null),
						ideal("blocked-officer", "OFFICER", elsewhere.code(), null, List.of(), start.minusDays(1), start.plusDays(1), null),
						ideal("expired-member", "COUNCILLOR", elsewhere.code(), party, List.of(), null, null, start));
				specs.addAll(keptOut);
				List<Long> ids = SyntheticPeerPool.insert(jdbc, specs, today);
				Set<Long> keptOutIds = Set.copyOf(ids.subList(ids.size() - keptOut.size(), ids.size()));
				PeerChallenge challenge = corporateChallengeOf(host, today);

				TeamProposal proposal = proposals.propose(challenge.id(), start.toString(), end.toString());

				assertThat(proposal.poolSize()).isGreaterThanOrEqualTo(2005);
				assertThat(proposal.members()).extracting(TeamProposal.Proposed::personId).doesNotContainAnyElementsOf(keptOutIds);
				assertThat(proposal.excluded()).containsKeys("HOST_AUTHORITY", "COUNTY_OR_DISTRICT", "DECLARED_CONFLICT", "UNAVAILABLE",
						"ACCREDITATION_EXPIRED");
				for (TeamProposal.Proposed m : proposal.members()) {
					assertThat(m.authorityGssCode()).isNotIn(host.gssCode(), county.gssCode());
					assertThat(m.reasons()).anyMatch(r -> r.contains("not " + host.name() + ", its county or districts"));
					assertThat(m.reasons()).anyMatch(r -> r.startsWith("Free on the on-site dates " + start));
				}
			});
		}

		@Test
		@DisplayName("has a lead member of the host's controlling group, a chief executive as lead officer and covers the five core components")
		void leadsAndSkills() {
			rolledBack(today -> {
				Area host = districtControlledByAParty(today);
				String party = latestControl(host, today).controllingParty().get().name();
				List<Long> ids = SyntheticPeerPool.insert(jdbc, SyntheticPeerPool.generate(2000, principalCouncils(), today, 7), today);
				PeerChallenge challenge = corporateChallengeOf(host, today);

				TeamProposal proposal = proposals.propose(challenge.id(), null, null);

				assertThat(proposal.members()).hasSize(5);
				TeamProposal.Proposed lead = proposal.member(TeamMember.Role.LEAD_MEMBER_PEER);
				assertThat(lead.type()).isEqualTo("COUNCILLOR");
				assertThat(lead.party()).isEqualTo(party);
				assertThat(lead.reasons().get(0)).contains("controlling group");
				TeamProposal.Proposed officer = proposal.member(TeamMember.Role.LEAD_OFFICER_PEER);
				assertThat(directory.find(officer.personId()).orElseThrow().roles()).anyMatch(r -> r.type().name().equals("CHIEF_EXECUTIVE"));
				assertThat(proposal.requiredSkills()).containsAll(CORE);
				assertThat(proposal.uncoveredSkills()).isEmpty();
				assertThat(proposal.warnings()).contains("No on-site dates yet, so availability was not checked");
				assertThat(ids).containsAll(proposal.members().stream().map(TeamProposal.Proposed::personId).toList());
				assertThat(proposals.latest(challenge.id()).orElseThrow().id()).isEqualTo(proposal.id());
			});
		}

		@Test
		@DisplayName("for a council in no overall control, takes the lead member from the leader's group")
		void noOverallControl() {
			rolledBack(today -> {
				Area host = principalCouncils().stream().filter(a -> {
					PoliticalControl c = latestControl(a, today);
					return c != null && c.controllingParty().isEmpty();
				}).findFirst().orElseThrow(() -> new AssertionError("No council in no overall control in the data"));
				SyntheticPeerPool.insert(jdbc, List.of(new SyntheticPeerPool.Spec(SyntheticPeerPool.REF_PREFIX + "noc-leader", "Synthetic leader",
						"COUNCILLOR", host.code(), "GREEN", List.of(), List.of("LEADER"), List.of(), List.of(), null, null, null)), today);
				String leaders = directory.holding(org.stocktake.people.RoleType.LEADER, host.gssCode()).stream().map(p -> p.party())
					.filter(java.util.Objects::nonNull).findFirst().orElseThrow().name();
				SyntheticPeerPool.insert(jdbc, SyntheticPeerPool.generate(2000, principalCouncils(), today, 11), today);
				PeerChallenge challenge = corporateChallengeOf(host, today);

				TeamProposal proposal = proposals.propose(challenge.id(), null, null);

				assertThat(proposal.member(TeamMember.Role.LEAD_MEMBER_PEER).party()).isEqualTo(leaders);
				assertThat(proposal.member(TeamMember.Role.LEAD_MEMBER_PEER).reasons().get(0)).contains("no overall control");
			});
		}

		@Test
		@DisplayName("is confirmed as it is, or changed only with a reason that is recorded with the step")
		void acceptOrReplace() {
			rolledBack(today -> {
				Area host = districtControlledByAParty(today);
				SyntheticPeerPool.insert(jdbc, SyntheticPeerPool.generate(2000, principalCouncils(), today, 3), today);
				PeerChallenge challenge = corporateChallengeOf(host, today);
				challenges.transition(challenge.id(), new Transition("SCOPING", today.toString(), null, null, null, null, null, null, null, null));
				TeamProposal proposal = proposals.propose(challenge.id(), null, null);
				String lead = String.valueOf(proposal.member(TeamMember.Role.LEAD_MEMBER_PEER).personId());
				String officer = String.valueOf(proposal.member(TeamMember.Role.LEAD_OFFICER_PEER).personId());

				assertThatThrownBy(() -> challenges.transition(challenge.id(), new Transition("TEAM_CONFIRMED", today.toString(), null, null, null, null,
						lead, officer, null, null)))
					.isInstanceOf(BadRequestException.class)
					.satisfies(ex -> assertThat(((BadRequestException) ex).errors()).anyMatch(e -> "reason".equals(e.field())));

				PeerChallenge confirmed = challenges.transition(challenge.id(), new Transition("TEAM_CONFIRMED", today.toString(), null, null, null,
						"The other peers are needed on another challenge that week", lead, officer, null, null));
				assertThat(confirmed.steps().get(confirmed.steps().size() - 1).note())
					.isEqualTo("Changed from proposal " + proposal.id() + ": The other peers are needed on another challenge that week");
				TeamProposal decided = proposals.latest(challenge.id()).orElseThrow();
				assertThat(decided.accepted()).isFalse();
				assertThat(decided.decisionReason()).startsWith("The other peers");
			});
		}

		@Test
		@DisplayName("confirmed exactly as proposed is recorded as accepted")
		void accepted() {
			rolledBack(today -> {
				Area host = districtControlledByAParty(today);
				SyntheticPeerPool.insert(jdbc, SyntheticPeerPool.generate(2000, principalCouncils(), today, 5), today);
				PeerChallenge challenge = corporateChallengeOf(host, today);
				challenges.transition(challenge.id(), new Transition("SCOPING", today.toString(), null, null, null, null, null, null, null, null));
				TeamProposal proposal = proposals.propose(challenge.id(), null, null);

				PeerChallenge confirmed = challenges.transition(challenge.id(), new Transition("TEAM_CONFIRMED", today.toString(), null, null, null, null,
						String.valueOf(proposal.member(TeamMember.Role.LEAD_MEMBER_PEER).personId()),
						String.valueOf(proposal.member(TeamMember.Role.LEAD_OFFICER_PEER).personId()), proposal.otherPeers(), null));

				assertThat(confirmed.team()).hasSize(5);
				assertThat(proposals.latest(challenge.id()).orElseThrow().accepted()).isTrue();
				assertThat(confirmed.steps().get(confirmed.steps().size() - 1).note()).isEqualTo("Team as proposed (proposal " + proposal.id() + ")");
				assertThatThrownBy(() -> proposals.propose(challenge.id(), null, null)).isInstanceOf(BadRequestException.class);
			});
		}
	}

	@Nested
	@DisplayName("weighs equally qualified peers")
	class Ties {

		static final Rules RULES = new Rules("corporate-peer-challenge", 3, true, false, Set.of("CHIEF_EXECUTIVE"), List.of("finance"));

		static PoolCandidate peer(long id, String type, String party, LocalDate lastOnSite, int days) {
			return new PoolCandidate(id, "Peer " + id, type, party, "A" + id, "E0" + id, "Authority " + id, null, Set.of("finance"), Set.of(),
					List.of(), Set.of(type.equals("OFFICER") ? "CHIEF_EXECUTIVE" : "LEADER"), Set.of(), null, lastOnSite, days);
		}

		static TeamProposer.Result propose(List<PoolCandidate> pool) {
			LocalDate today = LocalDate.of(2026, 11, 23);
			return TeamProposer.propose(new TeamProposer.Brief(new TeamProposer.Host("HOST", "Host", Map.of()), RULES, List.of("finance"),
					Map.of("finance", "Finance"), null, "any group", null, null, today), pool);
		}

		@Test
		@DisplayName("least recently used first: never used, then longest since on site, then fewest peer days")
		void leastRecentlyUsed() {
			TeamProposer.Result result = propose(List.of(peer(1, "COUNCILLOR", "LABOUR", LocalDate.of(2026, 3, 1), 4),
					peer(2, "COUNCILLOR", "LABOUR", LocalDate.of(2024, 3, 1), 20), peer(3, "OFFICER", null, LocalDate.of(2025, 1, 1), 3),
					peer(4, "OFFICER", null, null, 0)));
			assertThat(result.picks().get(0).candidate().personId()).isEqualTo(2);
			assertThat(result.picks().get(1).candidate().personId()).isEqualTo(4);
			assertThat(result.picks().get(0).reasons()).anyMatch(r -> r.startsWith("Last on site 2024-03-01, 20 peer days"));
		}

		@Test
		@DisplayName("balance: after the two leads, a member from a group not yet on the team")
		void balance() {
			TeamProposer.Result result = propose(List.of(peer(1, "COUNCILLOR", "LABOUR", null, 0), peer(2, "OFFICER", null, null, 0),
					peer(3, "COUNCILLOR", "LABOUR", null, 0), peer(4, "OFFICER", null, null, 0), peer(5, "COUNCILLOR", "CONSERVATIVE", null, 0)));
			assertThat(result.picks().get(2).candidate().personId()).isEqualTo(5);
			assertThat(result.picks().get(2).reasons()).anyMatch(r -> r.contains("adds a member from the Conservative group"));
		}
	}
}
