package org.stocktake.leadership.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.leadership.Alumni;
import org.stocktake.leadership.AlumniCohort;
import org.stocktake.leadership.EvaluationSummary;
import org.stocktake.leadership.Evaluations;
import org.stocktake.leadership.ImpactDraw;
import org.stocktake.leadership.ImpactSurveys;
import org.stocktake.people.Directory;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;

@RestController
@Tag(name = "Leadership", description = "Leadership programmes, events, bookings and the board's tables")
class EvaluationApiController {

	private final Evaluations evaluations;
	private final ImpactSurveys impact;
	private final Alumni alumni;
	private final Directory directory;

	EvaluationApiController(Evaluations evaluations, ImpactSurveys impact, Alumni alumni, Directory directory) {
		this.evaluations = evaluations;
		this.impact = impact;
		this.alumni = alumni;
		this.directory = directory;
	}

	@GetMapping("/api/v1/leadership/evaluations")
	@Operation(summary = "Overall event satisfaction averages (1 = poor … 4 = excellent) per event module, and the share agreeing the programme "
			+ "made a difference against 90% (officers)", description = "programme: a programme's code; all programmes when absent.")
	EvaluationSummary evaluations(@RequestParam(required = false) String programme) {
		return evaluations.summary(programme);
	}

	record EvaluationBody(Integer module, Long booking, Integer satisfaction, Boolean madeDifference, String comments) {
	}

	@PostMapping("/api/v1/leadership/events/{id}/evaluations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record one delegate's end-of-event evaluation of a module (officers)")
	Map<String, Long> evaluate(@PathVariable long id, @RequestBody(required = false) EvaluationBody body) {
		if (body == null || body.module() == null) {
			throw new BadRequestException("module", null, "Give the module's number, its satisfaction score (1–4) and whether it made a difference");
		}
		return Map.of("id", evaluations.submit(id, body.module(), body.booking(), body.satisfaction(), body.madeDifference(), body.comments()));
	}

	record DrawBody(String programme, Integer size, Long seed) {
	}

	@PostMapping("/api/v1/leadership/impact-draws")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw and invite a random cross-section of those who completed a programme four to six months ago (officers)",
			description = "The size and seed are recorded; without a seed one is chosen and recorded.")
	ImpactDraw draw(@RequestBody(required = false) DrawBody body) {
		DrawBody b = body == null ? new DrawBody(null, null, null) : body;
		return impact.draw(b.programme(), b.size(), b.seed());
	}

	@GetMapping("/api/v1/leadership/impact-draws/{id}")
	@Operation(summary = "One impact-survey draw with the people invited (officers)")
	ImpactDraw drawn(@PathVariable long id) {
		return impact.draw(id).orElseThrow(() -> new NotFoundException("There is no such draw"));
	}

	record ColleaguesBody(Long booking, List<String> colleagues) {
	}

	@PostMapping("/api/v1/leadership/impact-draws/{id}/colleagues")
	@Operation(summary = "Invite people working with a delegate who was drawn (directory refs) for a 360° view (officers)")
	ImpactDraw colleagues(@PathVariable long id, @RequestBody(required = false) ColleaguesBody body) {
		if (body == null || body.booking() == null || body.colleagues() == null || body.colleagues().isEmpty()) {
			throw new BadRequestException("colleagues", null, "Give the booking drawn and the directory refs of the colleagues to invite");
		}
		List<Long> ids = body.colleagues().stream()
			.map(ref -> directory.findByRef(ref).orElseThrow(() -> new BadRequestException("colleagues", ref, "There is no person with this ref")).id())
			.toList();
		return impact.inviteColleagues(id, body.booking(), ids);
	}

	@GetMapping("/api/v1/leadership/alumni")
	@Operation(summary = "For each cohort, the share of named delegates who became leaders, cabinet members or committee chairs within five years (officers)",
			description = "programme: default NXG.")
	List<AlumniCohort> alumni(@RequestParam(required = false) String programme) {
		return alumni.cohorts(programme);
	}
}
