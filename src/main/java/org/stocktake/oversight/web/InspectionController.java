package org.stocktake.oversight.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stocktake.oversight.Framework;
import org.stocktake.oversight.Inspection;
import org.stocktake.oversight.InspectionFilter;
import org.stocktake.oversight.Inspections;
import org.stocktake.platform.web.CsvDownload;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/** The sector's inspection judgements on one page: where grades stand, how they move, who is still to be inspected. */
@Controller
class InspectionController {

	static final List<String> CSV_HEADER = List.of("area", "area_name", "inspectorate", "framework", "inspection_type", "start_date",
			"end_date", "publication_date", "overall_grade", "report_url");

	private final Inspections inspections;

	InspectionController(Inspections inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/inspections")
	String overview(InspectionQuery query, Model model) {
		Framework framework = query.frameworkOrDefault(inspections);
		model.addAttribute("query", query);
		model.addAttribute("framework", framework);
		model.addAttribute("frameworks", inspections.frameworks());
		model.addAttribute("regions", Region.values());
		model.addAttribute("types", java.util.Arrays.stream(AreaType.values()).filter(framework::inspects).toList());
		model.addAttribute("summary", inspections.summary(framework, query.regionOrNull(), query.typeOrNull()));
		model.addAttribute("transitions", inspections.transitions(framework));
		return "oversight/inspections";
	}

	@GetMapping("/inspections.csv")
	void csv(InspectionQuery query, HttpServletResponse response) throws IOException {
		Framework framework = query.frameworkOrDefault(inspections);
		List<Inspection> all = inspections.all(new InspectionFilter(null, framework.inspectorate(), framework.slug()));
		CsvDownload.write(response, framework.inspectorate() + "-" + framework.slug() + "-inspections.csv", CSV_HEADER,
				out -> {
					for (Inspection i : all) {
						out.printRecord(i.areaGssCode(), i.areaName(), i.inspectorate(), i.framework(), i.inspectionType(), i.startDate(), i.endDate(),
								i.publicationDate(), i.overallGrade(), i.reportUrl());
					}
				});
	}
}
