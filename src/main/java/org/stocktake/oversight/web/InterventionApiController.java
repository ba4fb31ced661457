package org.stocktake.oversight.web;

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
import org.stocktake.register.Area;
import org.stocktake.register.Register;

@RestController
@Tag(name = "Oversight", description = "Government intervention, milestones, and each authority's oversight record (officers; a council sees its own)")
class InterventionApiController {

	private final Interventions interventions;
	private final Oversight oversight;
	private final Register register;

	InterventionApiController(Interventions interventions, Oversight oversight, Register register) {
		this.interventions = interventions;
		this.oversight = oversight;
		this.register = register;
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

	record ProfileJson(String area, String areaName, List<InspectionJson> inspections, List<InterventionJson> interventions,
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
				p.interventions().stream().map(i -> InterventionJson.of(i, today)).toList(), p.timeline());
	}
}
