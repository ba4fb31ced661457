package org.stocktake.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * One published inspection of an authority. A null {@code overallGrade} means the inspection was not
 * graded (or the grade is not yet known), which is reported as "not graded", never as a grade.
 */
public record Inspection(long id, String areaCode, String areaGssCode, String areaName, String inspectorate, String framework,
		String inspectionType, LocalDate startDate, LocalDate endDate, LocalDate publicationDate, String overallGrade,
		List<Judgement> judgements, String reportUrl) {

	public Inspection {
		judgements = List.copyOf(judgements);
	}

	public boolean graded() {
		return overallGrade != null;
	}

	/** A sub-judgement, such as "help and protection". */
	public record Judgement(String name, String grade) {
	}
}
