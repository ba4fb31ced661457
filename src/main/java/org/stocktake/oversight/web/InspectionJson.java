package org.stocktake.oversight.web;

import java.time.LocalDate;
import java.util.List;

import org.stocktake.oversight.Inspection;

/** An inspection as the API gives it; {@code overallGrade} is null when the inspection was not graded. */
record InspectionJson(String area, String areaName, String inspectorate, String framework, String inspectionType, LocalDate startDate,
		LocalDate endDate, LocalDate publicationDate, String overallGrade, boolean graded, List<Inspection.Judgement> judgements,
		String reportUrl) {

	static InspectionJson of(Inspection i) {
		return new InspectionJson(i.areaGssCode(), i.areaName(), i.inspectorate(), i.framework(), i.inspectionType(), i.startDate(),
				i.endDate(), i.publicationDate(), i.overallGrade(), i.graded(), i.judgements(), i.reportUrl());
	}
}
