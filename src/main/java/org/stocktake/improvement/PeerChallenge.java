package org.stocktake.improvement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.stocktake.register.Region;

/**
 * A peer challenge (or review, diagnostic or follow-up visit) of one authority, with its team and every
 * step it has taken. {@code followsId} names the earlier challenge a follow-up visit returns to.
 */
public record PeerChallenge(long id, String areaCode, String areaGssCode, String areaName, Region region, Product product,
		ChallengeState state, Long followsId, Long challengeManagerId, String challengeManagerName, String scope,
		String councilPriorities, String keyLinesOfEnquiry, LocalDate enquiryOn, LocalDate onSiteStart, LocalDate onSiteEnd,
		LocalDate publishedOn, String reportLink, String declinedReason, String closedReason, List<TeamMember> team,
		List<Step> steps) {

	/** Weeks after the last day on site by which the report should be agreed. */
	public static final int REPORT_DUE_WEEKS = 8;

	/** Months after the last day on site by which the follow-up should have been held (it is due from 12). */
	public static final int FOLLOW_UP_DUE_MONTHS = 24;

	public PeerChallenge {
		team = List.copyOf(team);
		steps = List.copyOf(steps);
	}

	public Set<ChallengeState> nextStates() {
		return state.next();
	}

	/** The date the latest step happened on; later steps may not be dated before it. */
	public LocalDate lastStepOn() {
		return steps.isEmpty() ? enquiryOn : steps.get(steps.size() - 1).occurredOn();
	}

	/** The date the challenge reached {@code s}, if it did. */
	public LocalDate reachedOn(ChallengeState s) {
		return steps.stream().filter(step -> step.to() == s).map(Step::occurredOn).findFirst().orElse(null);
	}

	public boolean delivered() {
		return onSiteStart != null;
	}

	/** Steps that are late on {@code today}. */
	public List<Overdue> overdue(LocalDate today) {
		List<Overdue> late = new ArrayList<>();
		if (onSiteEnd == null) {
			return late;
		}
		if (EnumSet.of(ChallengeState.ON_SITE, ChallengeState.FEEDBACK_PRESENTED, ChallengeState.DRAFT_REPORT).contains(state)
				&& today.isAfter(onSiteEnd.plusWeeks(REPORT_DUE_WEEKS))) {
			late.add(Overdue.REPORT_NOT_AGREED);
		}
		if (EnumSet.of(ChallengeState.REPORT_AGREED, ChallengeState.PUBLISHED, ChallengeState.PUBLICATION_DECLINED,
				ChallengeState.ACTION_PLAN_RECEIVED).contains(state) && today.isAfter(onSiteEnd.plusMonths(FOLLOW_UP_DUE_MONTHS))) {
			late.add(Overdue.FOLLOW_UP_NOT_HELD);
		}
		return late;
	}

	public enum Overdue {
		/** The report is not agreed eight weeks after the team left. */
		REPORT_NOT_AGREED,
		/** No follow-up within 24 months of the visit. */
		FOLLOW_UP_NOT_HELD;

		public String messageKey() {
			return "challenge.overdue." + name();
		}
	}

	/** One step in the challenge's life: from a state (none for the enquiry) to the next, on a date, by whom. */
	public record Step(ChallengeState from, ChallengeState to, LocalDate occurredOn, String note, String actor, OffsetDateTime recordedAt) {
	}
}
