package org.stocktake.performance.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.performance.FinancialYear;
import org.stocktake.performance.Performance;
import org.stocktake.performance.Plan;
import org.stocktake.performance.Rag;
import org.stocktake.performance.RagSummary;
import org.stocktake.performance.Target;
import org.stocktake.performance.TargetImport;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.BadRequestException;

@RestController
@Tag(name = "Performance", description = "Business plans, targets, quarterly delivery and RAG ratings (officers)")
class PerformanceApiController {

	private final Performance performance;
	private final TargetImport targetImport;

	PerformanceApiController(Performance performance, TargetImport targetImport) {
		this.performance = performance;
		this.targetImport = targetImport;
	}

	@PostMapping("/api/v1/performance/plans/{year}/targets/import")
	@Operation(summary = "Import a year's targets and quarterly figures (officers)", description = """
			CSV with the header theme,target_id,description,target,aggregation,q1,q2,q3,q4,commentary; aggregation SUM or LATEST; quarters \
			blank or n/a where not reported. Optional columns: in_annex_a, in_annex_b, kind (NUMERIC or MILESTONE), due_date, completed_on, \
			unit, funding_source, owner, annex_a_text, narrative, rag_rule, linked_figure, rag and rag_commentary (an officer's rating). \
			All or nothing; ?dryRun=true validates only.""")
	ImportResult importTargets(@PathVariable String year, @RequestBody(required = false) byte[] body,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		if (body == null || body.length == 0) {
			throw new BadRequestException("body", null, "Send the CSV file as the request body");
		}
		return targetImport.run(FinancialYear.parse(year, "year"), body, dryRun);
	}

	@GetMapping("/api/v1/performance/plans/{year}/annex-b")
	@Operation(summary = "The quarterly deliverables (Annex B) as at a quarter (officers)", description = """
			Each target's quarters (null where not reported; a marker such as n/a in qNMarker), the year's total combined by its \
			aggregation, percentAchieved (total ÷ target, half-up to a whole percent), the computed rating with its reason, the officer's \
			override with commentary, and rag (the rating the report uses). ?quarter=Q2 rates as at that quarter's end; by default the \
			latest quarter reported.""")
	AnnexB annexB(@PathVariable String year, @RequestParam(required = false) String quarter) {
		Plan plan = performance.plan(FinancialYear.parse(year, "year"), Paths.quarter(quarter));
		return new AnnexB(plan.year().label(), "Q" + plan.asAtQuarter(),
				plan.targets().stream().filter(Target::inAnnexB).map(TargetJson::of).toList());
	}

	@GetMapping("/api/v1/performance/plans/{year}/targets")
	@Operation(summary = "Every target of a plan (Annex A and B) with the RAG summary (officers)")
	Targets targets(@PathVariable String year, @RequestParam(required = false) String quarter) {
		Plan plan = performance.plan(FinancialYear.parse(year, "year"), Paths.quarter(quarter));
		RagSummary summary = RagSummary.of(plan);
		return new Targets(plan.year().label(), "Q" + plan.asAtQuarter(), plan.targets().stream().map(TargetJson::of).toList(),
				new Summary(summary.targets(), summary.counts(), summary.byTheme(), summary.sentence()));
	}

	record AnnexB(String year, String quarter, List<TargetJson> targets) {
	}

	record Targets(String year, String quarter, List<TargetJson> targets, Summary summary) {
	}

	record Summary(int keyTargets, Map<Rag, Integer> counts, Map<String, Map<Rag, Integer>> byTheme, String sentence) {
	}

	record TargetJson(long id, String theme, String targetId, String description, String kind, BigDecimal target, String unit,
			String aggregation, BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4, String q1Marker, String q2Marker, String q3Marker,
			String q4Marker, BigDecimal total, Integer percentAchieved, Rag rag, Rag computedRag, String computedReason, Rag ragOverride,
			String ragCommentary, String commentary, String narrative, boolean inAnnexA, boolean inAnnexB, String linkedFigure) {

		static TargetJson of(Target t) {
			return new TargetJson(t.id(), t.theme(), t.code(), t.description(), t.kind().name(), t.target(), t.unit(), t.aggregation().name(),
					t.quarter(1).delivered(), t.quarter(2).delivered(), t.quarter(3).delivered(), t.quarter(4).delivered(), t.quarter(1).marker(),
					t.quarter(2).marker(), t.quarter(3).marker(), t.quarter(4).marker(), t.total(), t.percentAchieved(), t.rag(), t.computed().rag(),
					t.computed().explanation(), t.override(), t.overrideCommentary(), t.commentary(), t.narrative(), t.inAnnexA(), t.inAnnexB(),
					t.linkedFigure());
		}
	}
}
