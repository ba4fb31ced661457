package org.stocktake.oversight.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.oversight.InterventionFigures;
import org.stocktake.oversight.InterventionType;
import org.stocktake.oversight.Interventions;
import org.stocktake.oversight.NewIntervention;
import org.stocktake.oversight.Oversight;
import org.stocktake.oversight.OversightProfile;
import org.stocktake.oversight.ThresholdResult;
import org.stocktake.oversight.Thresholds;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

@RestController
@Tag(name = "Oversight", description = "Government intervention, milestones, and each authority's oversight record (officers; a council sees its own)")
class InterventionApiController {

	private final Interventions interventions;
	private final Oversight oversight;
	private final Register register;
	private final Thresholds thresholds;

	InterventionApiController(Interventions interventions, Oversight oversight, Register register,
			Thresholds thresholds) {
		this.interventions = interventions;
		this.oversight = oversight;
		this.register = register;
		this.thresholds = thresholds;
	}

	record FiguresJson(int authoritiesInIntervention, Map<InterventionType, Integer> byType, int moreThanTwelveMonths,
			List<InterventionJson> interventions) {
	}

	@GetMapping("/api/v1/interventions")
	@Operation(summary = "Interventions and the figures board papers quote (officers)",
			description = "Authorities in intervention now, by type, and how many for twelve months or more; every intervention with its milestones.")
	FiguresJson list() {
		InterventionFigures figures = interventions.figures();
		LocalDate today = interventions.today();
		return new FiguresJson(figures.authoritiesInIntervention(), figures.byType(), figures.moreThanTwelveMonths(),
				interventions.all().stream().map(i -> InterventionJson.of(i, today)).toList());
	}

	@PostMapping("/api/v1/interventions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record that intervention began (officers)", description = "Body: area (GSS code), type (IMPROVEMENT_NOTICE, "
			+ "STATUTORY_DIRECTION, COMMISSIONER, CHILDRENS_SERVICES_TRUST, BEST_VALUE_INSPECTION), service, startDate, and optionally "
			+ "triggerPublicationDate (the publication date of the judgement that triggered it) and notes.")
	InterventionJson start(@RequestBody NewIntervention body) {
		return InterventionJson.of(interventions.start(body), interventions.today());
	}

	record EndJson(String endDate) {
	}

	@PostMapping("/api/v1/interventions/{id}/end")
	@Operation(summary = "Record that intervention was lifted (officers)")
	InterventionJson end(@PathVariable long id, @RequestBody EndJson body) {
		return InterventionJson.of(interventions.end(id, body.endDate()), interventions.today());
	}

	record MilestoneJson(String ruleId, String dueDate, String completedOn) {
	}

	@PostMapping("/api/v1/interventions/{id}/milestones")
	@Operation(summary = "Record that a milestone was met (officers)")
	InterventionJson milestone(@PathVariable long id, @RequestBody MilestoneJson body) {
		return InterventionJson.of(interventions.completeMilestone(id, body.ruleId(), body.dueDate(), body.completedOn()), interventions.today());
	}

	record ThresholdJson(String rule, String name, String measure, String comparison, BigDecimal threshold, String area,
			String areaName, String status, BigDecimal mean, List<ThresholdResult.Figure> figures,
			String consequence) {
		static ThresholdJson of(ThresholdResult r) {
			return new ThresholdJson(r.rule().id(), r.rule().name(), r.rule().measureId(), r.rule().comparison(), r.rule().threshold(),
					r.areaGssCode(), r.areaName(), r.status().name(), r.mean(), r.figures(), r.rule().consequence());
		}
	}

	record RuleJson(String id, String name, String measure, String comparison, BigDecimal threshold, int periods,
			BigDecimal nearMargin, String consequence, String source, boolean measureAvailable, List<ThresholdJson> breached,
			List<ThresholdJson> near) {
	}

	@GetMapping("/api/v1/oversight/thresholds")
	@Operation(summary = "Threshold rules and the authorities that breach them or are near (officers)",
			description = "Evaluated on the data as it is now: the mean over the latest periods of the rule's measure, with the figures behind it.")
	List<RuleJson> thresholds() {
		return thresholds.rules().stream().map(rule -> {
			var results = thresholds.evaluate(rule);
			return new RuleJson(rule.id(), rule.name(), rule.measureId(), rule.comparison(), rule.threshold(), rule.periods(), rule.nearMargin(),
					rule.consequence(), rule.source(), thresholds.measureOf(rule).isPresent(),
					results.stream().filter(r -> r.status() == ThresholdResult.Status.BREACHED).map(ThresholdJson::of).toList(),
					results.stream().filter(r -> r.status() == ThresholdResult.Status.NEAR).map(ThresholdJson::of).toList());
		}).toList();
	}

	record ProfileJson(String area, String areaName, List<InspectionJson> inspections, List<InterventionJson> interventions,
			List<ThresholdJson> thresholds, LocalDate latestCorporatePeerChallenge, boolean peerChallengeDue,
			List<OversightProfile.Event> timeline) {
	}

	@GetMapping("/api/v1/oversight/areas/{gssCode}")
	@Operation(summary = "An authority's oversight record", description = "Officers see any authority; a council's user only its own.")
	ProfileJson profile(@PathVariable String gssCode, Authentication auth) {
		Area area = register.get(gssCode);
		OversightReaders.checkMaySee(auth, area, register);
		OversightProfile p = oversight.profile(area);
		LocalDate today = interventions.today();
		return new ProfileJson(area.gssCode(), area.name(), p.inspections().stream().map(InspectionJson::of).toList(),
				p.interventions().stream().map(i -> InterventionJson.of(i, today)).toList(),
				p.thresholds().stream().map(ThresholdJson::of).toList(), p.latestCorporatePeerChallenge(), p.peerChallengeDue(), p.timeline());
	}
}
