package org.stocktake.improvement;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.stocktake.people.Person;
import org.stocktake.people.PersonType;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * The rules of each step: which states may follow which ({@link ChallengeState#next()}), that no step
 * is dated before the one before it (so nothing before scoping) or in the future, that a visit lasts no
 * longer than its product allows, that no peer on a team is from the host authority or has declared a
 * conflict with it, and what each step must record.
 */
@Component
class TransitionPolicy {

	/** What a valid step writes: the new state, its date, the challenge's columns, the team if confirmed. */
	record Decision(ChallengeState to, LocalDate on, Map<String, Object> columns, Map<Long, TeamMember.Role> team, String note,
			Map<String, Object> audited, ProposalDecision proposal) {
	}

	/** What confirming the team decided about the latest proposal: taken as proposed, or changed for the reason given. */
	record ProposalDecision(long proposalId, boolean accepted, String reason) {
	}

	private final Fields fields;
	private final org.stocktake.improvement.internal.PeerRepository peers;
	private final org.stocktake.improvement.internal.TeamProposalRepository proposals;
	private final org.stocktake.register.Register register;

	TransitionPolicy(Fields fields, org.stocktake.improvement.internal.PeerRepository peers,
			org.stocktake.improvement.internal.TeamProposalRepository proposals, org.stocktake.register.Register register) {
		this.fields = fields;
		this.peers = peers;
		this.proposals = proposals;
		this.register = register;
	}

	Decision decide(PeerChallenge c, Transition t, LocalDate today) {
		ChallengeState to = ChallengeState.parse(t.to()).orElse(null);
		if (to == null) {
			throw new BadRequestException("to", t.to(), "Choose the next step: one of " + c.nextStates());
		}
		if (!c.state().mayMoveTo(to)) {
			throw new IllegalTransitionException(c.state(), to);
		}
		List<FieldError> errors = new ArrayList<>();
		Map<String, Object> columns = new LinkedHashMap<>();
		Map<Long, TeamMember.Role> team = null;
		ProposalDecision proposal = null;
		LocalDate earliest = c.lastStepOn();
		LocalDate on;
		String note = Fields.trimmed(t.note());
		if (to == ChallengeState.ON_SITE) {
			LocalDate start = fields.date("onSiteStart", t.onSiteStart(), null, errors);
			LocalDate end = fields.date("onSiteEnd", t.onSiteEnd(), null, errors);
			on = start;
			if (start != null && end != null) {
				if (end.isBefore(start)) {
					errors.add(FieldError.field("onSiteEnd", t.onSiteEnd(), "The last day on site must be on or after the first"));
				}
				else {
					long days = weekdays(start, end);
					if (days < 1 || days > c.product().maxDaysOnSite()) {
						errors.add(FieldError.field("onSiteEnd", t.onSiteEnd(), "A " + c.product().name().toLowerCase(java.util.Locale.UK)
								+ " is at most " + c.product().maxDaysOnSite() + " days on site; these dates give " + days + " weekdays"));
					}
				}
				columns.put("on_site_start", start);
				columns.put("on_site_end", end);
			}
		}
		else {
			on = fields.date("on", t.on(), today, errors);
		}
		String dateField = to == ChallengeState.ON_SITE ? "onSiteStart" : "on";
		if (on != null && on.isBefore(earliest)) {
			errors.add(FieldError.field(dateField, on.toString(), "This step cannot be dated before the previous one (" + earliest + ")"));
		}
		if (on != null && on.isAfter(today)) {
			errors.add(FieldError.field(dateField, on.toString(), "The date must be today or in the past"));
		}
		switch (to) {
			case TEAM_CONFIRMED -> {
				team = team(c, t, errors);
				proposal = againstProposal(c, team, t.reason(), errors);
				if (proposal != null) {
					note = proposal.accepted() ? "Team as proposed (proposal " + proposal.proposalId() + ")"
							: "Changed from proposal " + proposal.proposalId() + ": " + proposal.reason();
				}
			}
			case PUBLISHED -> {
				String link = link(t.link(), errors);
				columns.put("published_on", on);
				columns.put("report_link", link);
			}
			case PUBLICATION_DECLINED -> {
				if (Fields.blank(t.reason())) {
					errors.add(FieldError.field("reason", "", "Enter why the council declined to publish the report"));
				}
				fields.text("reason", t.reason(), errors);
				columns.put("declined_reason", Fields.trimmed(t.reason()));
				note = Fields.trimmed(t.reason());
			}
			case CLOSED -> {
				if (c.state() != ChallengeState.FOLLOW_UP && Fields.blank(t.reason())) {
					errors.add(FieldError.field("reason", "", "Enter why the challenge closes before its follow-up"));
				}
				fields.text("reason", t.reason(), errors);
				columns.put("closed_reason", Fields.trimmed(t.reason()));
				if (!Fields.blank(t.reason())) {
					note = Fields.trimmed(t.reason());
				}
			}
			default -> {
			}
		}
		fields.text("note", t.note(), errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		Map<String, Object> audited = new LinkedHashMap<>();
		audited.put("state", to.name());
		audited.put("on", on.toString());
		columns.forEach((k, v) -> audited.put(k, v == null ? null : v.toString()));
		if (team != null) {
			audited.put("team", team.toString());
		}
		if (proposal != null) {
			audited.put("proposal", proposal.proposalId() + (proposal.accepted() ? " accepted" : " changed: " + proposal.reason()));
		}
		return new Decision(to, on, columns, team, note, audited, proposal);
	}

	/** A team that differs from the latest proposal needs a reason, which is recorded with the step. */
	private ProposalDecision againstProposal(PeerChallenge c, Map<Long, TeamMember.Role> team, String reason, List<FieldError> errors) {
		var latest = proposals.latest(c.id()).orElse(null);
		if (latest == null || !errors.isEmpty()) {
			return null;
		}
		Map<Long, TeamMember.Role> proposed = new LinkedHashMap<>();
		latest.members().forEach(m -> proposed.put(m.personId(), TeamMember.Role.valueOf(m.role())));
		if (proposed.equals(team)) {
			return new ProposalDecision(latest.id(), true, Fields.trimmed(reason));
		}
		if (Fields.blank(reason)) {
			errors.add(FieldError.field("reason", "", "Enter why the team differs from the one proposed (proposal " + latest.id() + ")"));
			return null;
		}
		fields.text("reason", reason, errors);
		return new ProposalDecision(latest.id(), false, Fields.trimmed(reason));
	}

	private Map<Long, TeamMember.Role> team(PeerChallenge c, Transition t, List<FieldError> errors) {
		Map<Long, TeamMember.Role> team = new LinkedHashMap<>();
		add(c, team, "leadMemberPeer", t.leadMemberPeer(), TeamMember.Role.LEAD_MEMBER_PEER, PersonType.COUNCILLOR, errors);
		add(c, team, "leadOfficerPeer", t.leadOfficerPeer(), TeamMember.Role.LEAD_OFFICER_PEER, PersonType.OFFICER, errors);
		if (!Fields.blank(t.peers())) {
			Arrays.stream(t.peers().split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty())
				.forEach(ref -> add(c, team, "peers", ref, TeamMember.Role.PEER, null, errors));
		}
		if (team.isEmpty() && errors.isEmpty()) {
			errors.add(FieldError.field("leadMemberPeer", "", "Name the team: at least one peer, by directory number or reference"));
		}
		return team;
	}

	private void add(PeerChallenge c, Map<Long, TeamMember.Role> team, String field, String ref, TeamMember.Role role, PersonType type,
			List<FieldError> errors) {
		Person person = fields.person(field, ref, errors);
		if (person == null) {
			return;
		}
		if (person.type() == PersonType.ASSOCIATION_OFFICER) {
			errors.add(FieldError.field(field, ref, person.name() + " is one of the association's officers, not a peer from the sector"));
		}
		else if (type != null && person.type() != type) {
			errors.add(FieldError.field(field, ref, person.name() + " is not " + Fields.describe(type)));
		}
		else if (c.areaGssCode().equals(person.authorityGssCode())) {
			errors.add(FieldError.field(field, ref, person.name() + " is from " + c.areaName() + ", the authority being challenged"));
		}
		else if (neighbour(c, person) != null) {
			errors.add(FieldError.field(field, ref, person.name() + " is from " + neighbour(c, person) + ", the county or a district of "
					+ c.areaName()));
		}
		else if (peers.conflicts(person.id()).contains(c.areaGssCode())) {
			errors.add(FieldError.field(field, ref, person.name() + " has declared a conflict of interest with " + c.areaName()));
		}
		else if (team.containsKey(person.id())) {
			errors.add(FieldError.field(field, ref, person.name() + " is named twice"));
		}
		else {
			team.put(person.id(), role);
		}
	}

	/** The name of the peer's authority when it is the host's county or one of its districts. */
	private String neighbour(PeerChallenge c, Person person) {
		if (person.authorityGssCode() == null) {
			return null;
		}
		var host = register.find(c.areaGssCode()).orElse(null);
		var home = register.find(person.authorityGssCode()).orElse(null);
		if (host == null || home == null) {
			return null;
		}
		boolean related = home.code().equals(host.parentCode()) || host.code().equals(home.parentCode());
		return related ? home.name() : null;
	}

	private static String link(String text, List<FieldError> errors) {
		if (Fields.blank(text)) {
			errors.add(FieldError.field("link", "", "Enter the address of the published report"));
			return null;
		}
		String t = text.trim();
		try {
			URI uri = URI.create(t);
			if (t.length() <= 500 && uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				return t;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		errors.add(FieldError.field("link", text, "Enter the report's web address, starting https://"));
		return null;
	}

	static long weekdays(LocalDate start, LocalDate end) {
		return start.datesUntil(end.plusDays(1))
			.filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
			.count();
	}
}
