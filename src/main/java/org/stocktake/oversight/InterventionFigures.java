package org.stocktake.oversight;

import java.util.List;
import java.util.Map;

/**
 * The figures board papers quote: how many authorities are in intervention, by type, and how many
 * have been for more than twelve months; and the milestones now overdue.
 */
public record InterventionFigures(int authoritiesInIntervention, Map<InterventionType, Integer> byType, int moreThanTwelveMonths,
		List<Intervention> active, List<Intervention> withOverdueMilestones) {

	public InterventionFigures {
		byType = Map.copyOf(byType);
		active = List.copyOf(active);
		withOverdueMilestones = List.copyOf(withOverdueMilestones);
	}
}
