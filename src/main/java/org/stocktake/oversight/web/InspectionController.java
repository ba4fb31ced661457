package org.stocktake.oversight.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.oversight.Framework;
import org.stocktake.oversight.Inspection;
import org.stocktake.oversight.InspectionFilter;
import org.stocktake.oversight.Inspections;
import org.stocktake.oversight.internal.InspectionImport;
import org.stocktake.platform.imports.ImportPages;
import org.stocktake.platform.web.CsvDownload;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/** The sector's inspection judgements on one page: where grades stand, how they move, who is still to be inspected. */
@Controller
class InspectionController {

	static final List<String> CSV_HEADER = List.of("area", "area_name", "inspectorate", "framework", "inspection_type", "start_date",
			"end_date", "publication_date", "overall_grade", "report_url");

	private static final ImportPages.Page IMPORT = new ImportPages.Page("inspectionImport", "/inspections/import", "/inspections");

	private final Inspections inspections;
	private final InspectionImport importer;
	private final ImportPages importPages;

	InspectionController(Inspections inspections, InspectionImport importer, ImportPages importPages) {
		this.inspections = inspections;
		this.importer = importer;
		this.importPages = importPages;
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

	@GetMapping("/inspections/import")
	String importForm(Model model) {
		return importPages.form(IMPORT, model);
	}

	@PostMapping("/inspections/import")
	String importPreview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		return importPages.preview(IMPORT, file, importer::run, model);
	}

	@PostMapping("/inspections/import/{fileId}")
	String importConfirm(@PathVariable UUID fileId, Model model, RedirectAttributes redirect) {
		return importPages.confirm(IMPORT, fileId, importer::run, model, redirect);
	}

	@GetMapping("/inspections/import/done")
	String importDone(Model model) {
		return importPages.done(IMPORT, model);
	}
}
