package org.stocktake.oversight;

import java.time.LocalDate;
import java.util.List;

import org.stocktake.register.Area;

/**
 * Everything oversight knows about one authority, and its timeline, newest first.
 * {@code peerChallengeDue} is true when a principal council has had no corporate peer challenge on
 * site in the last {@link #PEER_CHALLENGE_YEARS} years.
 */
public record OversightProfile(Area area, List<Inspection> inspections, List<Intervention> interventions, List<ThresholdResult> thresholds,
		LocalDate latestCorporatePeerChallenge, boolean peerChallengeDue, List<Event> timeline) {

	public static final int PEER_CHALLENGE_YEARS = 4;

	public OversightProfile {
		inspections = List.copyOf(inspections);
		interventions = List.copyOf(interventions);
		thresholds = List.copyOf(thresholds);
		timeline = List.copyOf(timeline);
	}

	/** One dated entry: {@code kind} names what happened, {@code subject} and {@code detail} say of what. */
	public record Event(LocalDate date, Kind kind, String subject, String detail) {
	}

	public enum Kind {
		JUDGEMENT_PUBLISHED, CORPORATE_PEER_CHALLENGE, INTERVENTION_STARTED, INTERVENTION_ENDED, MILESTONE_MET, MILESTONE_DUE, MILESTONE_OVERDUE, MILESTONE_UNRECORDED
	}
}
