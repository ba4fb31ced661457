package org.stocktake.improvement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.stocktake.improvement.ChallengeState;
import org.stocktake.improvement.PeerChallenge;
import org.stocktake.improvement.TeamMember;

/** A peer challenge as the API gives it to officers and the authority's own users. */
record ChallengeJson(long id, String area, String areaName, String region, String regionName, String product, String productName,
		ChallengeState state, Set<ChallengeState> allowedNext, Long follows, Long challengeManager, String challengeManagerName,
		String scope, String councilPriorities, String keyLinesOfEnquiry, LocalDate enquiryOn, LocalDate onSiteStart, LocalDate onSiteEnd,
		LocalDate publishedOn, String reportLink, String declinedReason, String closedReason, List<PeerChallenge.Overdue> overdue,
		List<TeamMember> team, List<PeerChallenge.Step> history) {

	static ChallengeJson of(PeerChallenge c, LocalDate today) {
		return new ChallengeJson(c.id(), c.areaGssCode(), c.areaName(), c.region() == null ? null : c.region().code(),
				c.region() == null ? null : c.region().displayName(), c.product().id(), c.product().name(), c.state(), c.nextStates(),
				c.followsId(), c.challengeManagerId(), c.challengeManagerName(), c.scope(), c.councilPriorities(), c.keyLinesOfEnquiry(),
				c.enquiryOn(), c.onSiteStart(), c.onSiteEnd(), c.publishedOn(), c.reportLink(), c.declinedReason(), c.closedReason(),
				c.overdue(today), c.team(), c.steps());
	}

	/** What the public sees of a published report: no people, no internal notes. */
	record Published(long id, String area, String areaName, String region, String regionName, String product, String productName,
			LocalDate onSiteStart, LocalDate onSiteEnd, LocalDate publishedOn, String reportLink) {

		static Published of(PeerChallenge c) {
			return new Published(c.id(), c.areaGssCode(), c.areaName(), c.region() == null ? null : c.region().code(),
					c.region() == null ? null : c.region().displayName(), c.product().id(), c.product().name(), c.onSiteStart(), c.onSiteEnd(),
					c.publishedOn(), c.reportLink());
		}
	}
}
