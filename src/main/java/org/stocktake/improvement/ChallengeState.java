package org.stocktake.improvement;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a peer challenge is in its life (CONTRACT.md). Each state names the states that may follow it;
 * anything else is refused. A challenge may be closed early (withdrawn) until the team goes on site,
 * and after the report is settled; closing before the follow-up needs a reason.
 */
public enum ChallengeState {

	ENQUIRY, SCOPING, TEAM_CONFIRMED, POSITION_STATEMENT_RECEIVED, ON_SITE, FEEDBACK_PRESENTED, DRAFT_REPORT, REPORT_AGREED,
	PUBLISHED, PUBLICATION_DECLINED, ACTION_PLAN_RECEIVED, FOLLOW_UP, CLOSED;

	public Set<ChallengeState> next() {
		return switch (this) {
			case ENQUIRY -> EnumSet.of(SCOPING, CLOSED);
			case SCOPING -> EnumSet.of(TEAM_CONFIRMED, CLOSED);
			case TEAM_CONFIRMED -> EnumSet.of(POSITION_STATEMENT_RECEIVED, CLOSED);
			case POSITION_STATEMENT_RECEIVED -> EnumSet.of(ON_SITE, CLOSED);
			case ON_SITE -> EnumSet.of(FEEDBACK_PRESENTED);
			case FEEDBACK_PRESENTED -> EnumSet.of(DRAFT_REPORT);
			case DRAFT_REPORT -> EnumSet.of(REPORT_AGREED);
			case REPORT_AGREED -> EnumSet.of(PUBLISHED, PUBLICATION_DECLINED);
			case PUBLISHED, PUBLICATION_DECLINED -> EnumSet.of(ACTION_PLAN_RECEIVED, CLOSED);
			case ACTION_PLAN_RECEIVED -> EnumSet.of(FOLLOW_UP, CLOSED);
			case FOLLOW_UP -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(ChallengeState.class);
		};
	}

	public boolean mayMoveTo(ChallengeState to) {
		return next().contains(to);
	}

	/** Whether the team has been on site: the challenge was delivered, whatever happened afterwards. */
	public boolean delivered() {
		return compareTo(ON_SITE) >= 0 && this != CLOSED;
	}

	public String messageKey() {
		return "challenge.state." + name();
	}

	public static Optional<ChallengeState> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(values()).filter(s -> s.name().equals(t)).findFirst();
	}
}
