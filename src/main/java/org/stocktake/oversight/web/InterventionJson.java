package org.stocktake.oversight.web;

import java.time.LocalDate;
import java.util.List;

import org.stocktake.oversight.Intervention;

/** An intervention as the API gives it, with its milestones and the judgement that triggered it. */
record InterventionJson(long id, String area, String areaName, String type, String service, LocalDate startDate, LocalDate endDate,
		boolean active, long monthsInIntervention, InspectionJson trigger, String notes, List<Intervention.Milestone> milestones) {

	static InterventionJson of(Intervention i, LocalDate today) {
		return new InterventionJson(i.id(), i.areaGssCode(), i.areaName(), i.type().name(), i.service(), i.startDate(), i.endDate(),
				i.activeOn(today), i.monthsInIntervention(today), i.trigger() == null ? null : InspectionJson.of(i.trigger()), i.notes(),
				i.milestones());
	}
}
