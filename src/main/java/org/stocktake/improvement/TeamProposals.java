package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.improvement.internal.PoolCandidate;
import org.stocktake.improvement.internal.TeamProposalRepository;
import org.stocktake.improvement.internal.TeamProposalRepository.Rules;
import org.stocktake.improvement.internal.TeamProposalRepository.Stored;
import org.stocktake.people.Directory;
import org.stocktake.people.Party;
import org.stocktake.people.Person;
import org.stocktake.people.PoliticalControl;
import org.stocktake.people.RoleType;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Proposes a team for a challenge from the whole peer pool by its product's rules ({@link TeamProposer}),
 * keeps every proposal with its reasons, and gives the latest to the team form so officers accept it
 * or change it with a reason (checked when the team is confirmed).
 */
@Service
public class TeamProposals {

	/** Challenges whose team is not yet confirmed; a proposal after that would change nothing. */
	static final Set<ChallengeState> PROPOSABLE = EnumSet.of(ChallengeState.ENQUIRY, ChallengeState.SCOPING);

	private final PeerChallenges challenges;
	private final TeamProposalRepository repository;
	private final PeerPool pool;
	private final Register register;
	private final Directory directory;
	private final Fields fields;
	private final AuditLog audit;

	TeamProposals(PeerChallenges challenges, TeamProposalRepository repository, PeerPool pool, Register register, Directory directory,
			Fields fields, AuditLog audit) {
		this.challenges = challenges;
		this.repository = repository;
		this.pool = pool;
		this.register = register;
		this.directory = directory;
		this.fields = fields;
		this.audit = audit;
	}

	/**
	 * Proposes a team. {@code onSiteStart}/{@code onSiteEnd} (YYYY-MM-DD) are the planned visit, used to
	 * check availability; blank takes the challenge's own dates if it has them.
	 */
	@Transactional
	public TeamProposal propose(long challengeId, String onSiteStart, String onSiteEnd) {
		PeerChallenge challenge = challenges.get(challengeId);
		List<FieldError> errors = new ArrayList<>();
		if (!PROPOSABLE.contains(challenge.state())) {
			errors.add(FieldError.field("state", challenge.state().name(),
					"A team is proposed before it is confirmed, at enquiry or scoping; this challenge is at " + challenge.state()));
		}
		LocalDate start = Fields.blank(onSiteStart) ? challenge.onSiteStart() : fields.date("onSiteStart", onSiteStart, null, errors);
		LocalDate end = Fields.blank(onSiteEnd) ? (Fields.blank(onSiteStart) ? challenge.onSiteEnd() : start)
				: fields.date("onSiteEnd", onSiteEnd, null, errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.add(FieldError.field("onSiteEnd", onSiteEnd, "The last day on site must be on or after the first"));
		}
		else if (start != null && end != null && TransitionPolicy.weekdays(start, end) > challenge.product().maxDaysOnSite()) {
			errors.add(FieldError.field("onSiteEnd", onSiteEnd, "A " + challenge.product().name().toLowerCase(Locale.UK) + " is at most "
					+ challenge.product().maxDaysOnSite() + " days on site"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		TeamProposer.Brief brief = brief(challenge, start, end);
		List<PoolCandidate> candidates = repository.candidates(challenges.today(), start);
		TeamProposer.Result result = TeamProposer.propose(brief, candidates);
		List<TeamProposalRepository.Member> members = result.picks().stream()
			.map(p -> new TeamProposalRepository.Member(p.candidate().personId(), p.candidate().name(), p.candidate().type(), p.candidate().party(),
					p.candidate().gssCode(), p.candidate().areaName(), p.role().name(), p.reasons()))
			.toList();
		Map<String, Integer> excluded = new LinkedHashMap<>();
		result.excluded().forEach((k, v) -> excluded.put(k.name(), v));
		long id = repository.insert(challengeId, start, end, result.poolSize(), brief.requiredSkills(), excluded, result.uncovered(),
				result.warnings(), AuditLog.currentActor(), members);
		TeamProposal proposal = repository.find(id).map(TeamProposals::toProposal).orElseThrow();
		audit.created("team-proposal", String.valueOf(id), "Team proposed for the " + challenge.product().name() + " of " + challenge.areaName()
				+ " from a pool of " + result.poolSize(), proposal);
		return proposal;
	}

	public Optional<TeamProposal> latest(long challengeId) {
		return repository.latest(challengeId).map(TeamProposals::toProposal);
	}

	/** The rules the team of this challenge follows: its product's, or for a follow-up visit those of the challenge it follows. */
	TeamProposer.Brief brief(PeerChallenge challenge, LocalDate start, LocalDate end) {
		Product product = challenge.product();
		Rules own = repository.rules(product.id()).orElseThrow();
		Rules rules = own;
		if (product.refersToEarlier() && challenge.followsId() != null) {
			Rules earlier = repository.rules(challenges.get(challenge.followsId()).product().id()).orElse(own);
			rules = new Rules(own.productId(), own.teamSize(), earlier.leadMember(), earlier.leadMemberSameGroup(), earlier.leadOfficerRoles(),
					earlier.skills());
		}
		Map<String, String> skillNames = new LinkedHashMap<>();
		pool.skills().forEach(s -> skillNames.put(s.id(), s.name()));
		Set<String> required = new LinkedHashSet<>(rules.skills());
		String scope = String.join(" ", nz(challenge.scope()), nz(challenge.keyLinesOfEnquiry()), nz(challenge.councilPriorities()))
			.toLowerCase(Locale.UK);
		skillNames.forEach((id, name) -> {
			if (scope.contains(name.toLowerCase(Locale.UK)) || scope.contains(id)) {
				required.add(id);
			}
		});
		Area host = register.find(challenge.areaGssCode()).orElseThrow();
		Map<String, String> neighbours = new LinkedHashMap<>();
		if (host.parentCode() != null) {
			register.byCode(host.parentCode()).ifPresent(p -> neighbours.put(p.code(), p.name()));
		}
		register.children(host).forEach(c -> neighbours.put(c.code(), c.name()));
		String party = null;
		String why = "any political group may lead this product";
		if (rules.leadMember() && rules.leadMemberSameGroup()) {
			LocalDate today = challenges.today();
			PoliticalControl control = directory.politicalControl(host.gssCode()).stream()
				.filter(c -> c.year() <= today.getYear())
				.max(Comparator.comparingInt(PoliticalControl::year))
				.orElse(null);
			if (control == null) {
				why = "no political control is recorded for " + host.name() + ", so any group may lead";
			}
			else if (control.controllingParty().isPresent()) {
				party = control.controllingParty().get().name();
				why = "the same group as " + host.name() + "'s controlling group (" + control.year() + ")";
			}
			else {
				Optional<Party> leaders = directory.holding(RoleType.LEADER, host.gssCode()).stream().map(Person::party)
					.filter(java.util.Objects::nonNull).findFirst();
				if (leaders.isPresent()) {
					party = leaders.get().name();
					why = host.name() + " is in no overall control (" + control.year() + "), so the leader's group";
				}
				else {
					why = host.name() + " is in no overall control (" + control.year() + ") and no leader's group is recorded, so any group may lead";
				}
			}
		}
		return new TeamProposer.Brief(new TeamProposer.Host(host.code(), host.name(), neighbours), rules, List.copyOf(required), skillNames,
				party, why, start, end, challenges.today());
	}

	static TeamProposal toProposal(Stored s) {
		return new TeamProposal(s.id(), s.challengeId(), s.onSiteStart(), s.onSiteEnd(), s.poolSize(), s.requiredSkills(), s.excluded(),
				s.members().stream().map(m -> new TeamProposal.Proposed(m.personId(), m.name(), m.type(), m.party(), m.gssCode(), m.areaName(),
						TeamMember.Role.valueOf(m.role()), m.reasons())).toList(),
				s.uncoveredSkills(), s.warnings(), s.proposedBy(), s.proposedAt(), s.accepted(), s.decisionReason());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
