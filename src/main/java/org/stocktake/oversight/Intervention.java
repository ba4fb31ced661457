package org.stocktake.oversight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Government intervention in one service of an authority, from its start until it is lifted, with the
 * milestones that the judgement which triggered it sets.
 */
public record Intervention(long id, String areaCode, String areaGssCode, String areaName, InterventionType type, String service,
		LocalDate startDate, LocalDate endDate, Inspection trigger, String notes, List<Milestone> milestones) {

	public Intervention {
		milestones = List.copyOf(milestones);
	}

	public boolean activeOn(LocalDate day) {
		return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
	}

	/** Whole calendar months from the start to {@code day}, or to the end if it has ended. */
	public long monthsInIntervention(LocalDate day) {
		LocalDate until = endDate == null || endDate.isAfter(day) ? day : endDate;
		return Math.max(0, ChronoUnit.MONTHS.between(startDate, until));
	}

	public List<Milestone> overdue() {
		return milestones.stream().filter(m -> m.status() == Milestone.Status.OVERDUE).toList();
	}

	/**
	 * A milestone due on a date. OVERDUE: past due, not met, intervention still active. UNRECORDED: past
	 * due and not met when the intervention ended.
	 */
	public record Milestone(String ruleId, String name, LocalDate dueDate, LocalDate completedOn, Status status) {

		public enum Status {
			MET, DUE, OVERDUE, UNRECORDED
		}
	}
}
