package org.stocktake.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A milestone that a judgement sets, held as data: due {@code months} calendar months after the
 * judgement's publication and, when {@code repeatMonths} is set, again every so many months.
 */
public record MilestoneRule(String id, String inspectorate, String grade, String name, int months, Integer repeatMonths) {

	public boolean appliesTo(Inspection judgement) {
		return judgement != null && inspectorate.equals(judgement.inspectorate()) && grade.equals(judgement.overallGrade());
	}

	/**
	 * Due dates from the judgement's publication up to {@code until}, always including the first one
	 * after {@code until} for a recurring rule so the next review is visible.
	 */
	public List<LocalDate> dueDates(LocalDate published, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate due = published.plusMonths(months);
		dates.add(due);
		if (repeatMonths != null) {
			int step = 1;
			while (!due.isAfter(until)) {
				due = published.plusMonths(months + (long) repeatMonths * step++);
				dates.add(due);
			}
		}
		return dates;
	}
}
