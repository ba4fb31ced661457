package org.stocktake.oversight.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.oversight.Framework;
import org.stocktake.oversight.GradeDistribution;
import org.stocktake.oversight.InspectionSummary;
import org.stocktake.oversight.Inspections;
import org.stocktake.oversight.TransitionMatrix;
import org.stocktake.oversight.internal.InspectionImport;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Register;

@RestController
@Tag(name = "Inspections", description = "Published inspection judgements on authorities, and their distribution across the sector")
class InspectionApiController {

	private final Inspections inspections;
	private final InspectionImport importer;
	private final Register register;

	InspectionApiController(Inspections inspections, InspectionImport importer, Register register) {
		this.inspections = inspections;
		this.importer = importer;
		this.register = register;
	}

	@GetMapping("/api/v1/inspections")
	@Operation(summary = "List inspections", description = "Filter by area (GSS code), inspectorate (ofsted, cqc, hmicfrs) and framework "
			+ "(sif, ilacs …). Newest first; paginated.")
	Paged<InspectionJson> list(@RequestParam(required = false) String area, @RequestParam(required = false) String inspectorate,
			@RequestParam(required = false) String framework, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		InspectionQuery query = new InspectionQuery(area, inspectorate, framework, null, null);
		return inspections.search(query.toFilter(register), PageRequest.of(page, size)).map(InspectionJson::of);
	}

	record GradeJson(String grade, int count, BigDecimal percentage) {
	}

	record DistributionJson(String label, int total, int graded, int notGraded, List<GradeJson> grades) {
		static DistributionJson of(GradeDistribution d) {
			return new DistributionJson(d.label(), d.total(), d.graded(), d.notGraded(),
					d.grades().stream().map(g -> new GradeJson(g.grade(), g.count(), g.percentage())).toList());
		}
	}

	record SummaryJson(String inspectorate, String framework, String frameworkName, List<String> scale, DistributionJson overall,
			List<DistributionJson> byRegion, List<DistributionJson> byType, List<String> notInspected) {
	}

	@GetMapping("/api/v1/inspections/summary")
	@Operation(summary = "Current grade of each authority: counts and percentages per grade",
			description = "The latest inspection of each authority under the framework (default ofsted/ilacs). Percentages are of graded "
					+ "judgements; ungraded ones are counted as notGraded. Optional region (ONS code) and type narrow the authorities.")
	SummaryJson summary(@RequestParam(required = false) String inspectorate, @RequestParam(required = false) String framework,
			@RequestParam(required = false) String region, @RequestParam(required = false) String type) {
		InspectionQuery query = new InspectionQuery(null, inspectorate, framework, region, type);
		Framework f = query.frameworkOrDefault(inspections);
		InspectionSummary s = inspections.summary(f, query.regionOrNull(), query.typeOrNull());
		return new SummaryJson(f.inspectorate(), f.slug(), f.name(), f.grades(), DistributionJson.of(s.overall()),
				s.byRegion().stream().map(DistributionJson::of).toList(), s.byType().stream().map(DistributionJson::of).toList(),
				s.notInspected().stream().map(a -> a.gssCode()).toList());
	}

	record TransitionsJson(String inspectorate, String framework, List<String> grades, List<List<Integer>> counts, int pairs,
			List<TransitionJson> transitions) {
	}

	record TransitionJson(String from, String to, int count) {
	}

	@GetMapping("/api/v1/inspections/transitions")
	@Operation(summary = "Previous grade → next grade over consecutive inspections of the same authority",
			description = "counts[i][j] is the number of times an inspection graded grades[i] was followed by one graded grades[j]; "
					+ "the last label is 'not graded'.")
	TransitionsJson transitions(@RequestParam(required = false) String inspectorate, @RequestParam(required = false) String framework) {
		Framework f = new InspectionQuery(null, inspectorate, framework, null, null).frameworkOrDefault(inspections);
		TransitionMatrix m = inspections.transitions(f);
		List<TransitionJson> cells = new java.util.ArrayList<>();
		for (String from : m.labels()) {
			for (String to : m.labels()) {
				if (m.count(from, to) > 0) {
					cells.add(new TransitionJson(from, to, m.count(from, to)));
				}
			}
		}
		return new TransitionsJson(f.inspectorate(), f.slug(), m.labels(), m.counts(), m.pairs(), cells);
	}

	@PostMapping(path = "/api/v1/inspections/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	@Operation(summary = "Import inspections from CSV or XLSX (officers)", description = "CSV, or an XLSX workbook's first sheet. Header area,inspectorate,framework,start_date,end_date,"
			+ "publication_date,overall_grade; optional inspection_type, report_url and judgement_<name> columns. Any bad row answers 422 "
			+ "listing every problem and writes nothing; dryRun=true only validates.")
	ImportResult importInspections(@RequestBody(required = false) byte[] csv, @RequestParam(defaultValue = "false") boolean dryRun) {
		return importer.run(csv == null ? new byte[0] : csv, dryRun);
	}
}
