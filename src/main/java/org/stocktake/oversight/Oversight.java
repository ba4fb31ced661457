package org.stocktake.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.stocktake.improvement.PeerChallenges;
import org.stocktake.oversight.Intervention.Milestone;
import org.stocktake.oversight.OversightProfile.Event;
import org.stocktake.oversight.OversightProfile.Kind;
import org.stocktake.register.Area;

/** One authority seen from oversight: judgements, intervention and milestones on one timeline. */
@Service
public class Oversight {

	private final Inspections inspections;
	private final Interventions interventions;
	private final Thresholds thresholds;
	private final PeerChallenges peerChallenges;

	Oversight(Inspections inspections, Interventions interventions, Thresholds thresholds, PeerChallenges peerChallenges) {
		this.inspections = inspections;
		this.interventions = interventions;
		this.thresholds = thresholds;
		this.peerChallenges = peerChallenges;
	}

	public OversightProfile profile(Area area) {
		List<Inspection> judged = inspections.ofArea(area);
		List<Intervention> intervened = interventions.ofArea(area);
		List<Event> timeline = new ArrayList<>();
		for (Inspection i : judged) {
			timeline.add(new Event(i.publicationDate(), Kind.JUDGEMENT_PUBLISHED, i.inspectorate() + " " + i.framework(),
					i.graded() ? i.overallGrade() : null));
		}
		for (Intervention v : intervened) {
			String subject = v.type().name();
			timeline.add(new Event(v.startDate(), Kind.INTERVENTION_STARTED, subject, v.service()));
			if (v.endDate() != null) {
				timeline.add(new Event(v.endDate(), Kind.INTERVENTION_ENDED, subject, v.service()));
			}
			for (Milestone m : v.milestones()) {
				Kind kind = switch (m.status()) {
					case MET -> Kind.MILESTONE_MET;
					case DUE -> Kind.MILESTONE_DUE;
					case OVERDUE -> Kind.MILESTONE_OVERDUE;
					case UNRECORDED -> Kind.MILESTONE_UNRECORDED;
				};
				timeline.add(new Event(m.completedOn() != null ? m.completedOn() : m.dueDate(), kind, m.name(), m.dueDate().toString()));
			}
		}
		LocalDate peerChallenge = peerChallenges.latestCorporatePeerChallenge(area.gssCode()).orElse(null);
		if (peerChallenge != null) {
			timeline.add(new Event(peerChallenge, Kind.CORPORATE_PEER_CHALLENGE, "corporate-peer-challenge", null));
		}
		boolean due = area.current() && area.type().principalCouncil() && (peerChallenge == null
				|| peerChallenge.isBefore(interventions.today().minusYears(OversightProfile.PEER_CHALLENGE_YEARS)));
		timeline.sort(Comparator.comparing(Event::date).reversed());
		return new OversightProfile(area, judged, intervened, thresholds.forArea(area.gssCode()), peerChallenge, due, timeline);
	}
}
