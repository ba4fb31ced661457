package org.stocktake.oversight;

import java.util.List;

import org.stocktake.register.Area;

/**
 * Where the sector stands under one framework: the distribution of current grades overall, by region
 * and by type of authority; each authority's current judgement with the time since it was published;
 * and the authorities the framework covers that it has not yet inspected.
 */
public record InspectionSummary(Framework framework, GradeDistribution overall, List<GradeDistribution> byRegion,
		List<GradeDistribution> byType, List<CurrentJudgement> current, List<Area> notInspected) {

	public InspectionSummary {
		byRegion = List.copyOf(byRegion);
		byType = List.copyOf(byType);
		current = List.copyOf(current);
		notInspected = List.copyOf(notInspected);
	}

	/** An authority's latest inspection under the framework, and whole calendar months since its publication. */
	public record CurrentJudgement(Area area, Inspection inspection, long monthsSincePublication) {
	}
}
