package org.stocktake.leadership.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.leadership.Alumni;
import org.stocktake.leadership.Evaluations;
import org.stocktake.leadership.ImpactDraw;
import org.stocktake.leadership.ImpactSurveys;
import org.stocktake.leadership.Leadership;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;

/** Officers' pages for evaluations, impact-survey draws and the alumni's later roles. */
@Controller
class InsightsController {

	private final Evaluations evaluations;
	private final ImpactSurveys impact;
	private final Alumni alumni;
	private final Leadership leadership;

	InsightsController(Evaluations evaluations, ImpactSurveys impact, Alumni alumni, Leadership leadership) {
		this.evaluations = evaluations;
		this.impact = impact;
		this.alumni = alumni;
		this.leadership = leadership;
	}

	@GetMapping("/leadership/evaluations")
	String evaluations(@RequestParam(required = false) String programme, Model model) {
		String code = programme == null || programme.isBlank() ? null : programme;
		model.addAttribute("summary", evaluations.summary(code));
		model.addAttribute("programmes", leadership.programmes());
		model.addAttribute("programme", code == null ? "" : code.toUpperCase(java.util.Locale.ROOT));
		return "leadership/evaluations";
	}

	@GetMapping("/leadership/impact")
	String impact(Model model) {
		return impactPage(model, Map.of(), List.of(), null);
	}

	@PostMapping("/leadership/impact")
	String draw(@RequestParam Map<String, String> form, Model model) {
		List<FieldError> errors = new java.util.ArrayList<>();
		Integer size = null;
		Long seed = null;
		try {
			size = Integer.valueOf(form.getOrDefault("size", "").trim());
		}
		catch (NumberFormatException ex) {
			errors.add(FieldError.field("size", form.get("size"), "Enter how many people to draw as a whole number"));
		}
		if (!form.getOrDefault("seed", "").isBlank()) {
			try {
				seed = Long.valueOf(form.get("seed").trim());
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.field("seed", form.get("seed"), "Enter the seed as a whole number, or leave it blank"));
			}
		}
		ImpactDraw drawn = null;
		if (errors.isEmpty()) {
			try {
				drawn = impact.draw(form.get("programme"), size, seed);
			}
			catch (BadRequestException ex) {
				errors.addAll(ex.errors());
			}
		}
		return impactPage(model, form, errors, drawn);
	}

	private String impactPage(Model model, Map<String, String> form, List<FieldError> errors, ImpactDraw drawn) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("drawn", drawn);
		model.addAttribute("draws", impact.draws());
		model.addAttribute("programmes", leadership.programmes());
		return "leadership/impact";
	}

	@GetMapping("/leadership/alumni")
	String alumni(@RequestParam(required = false) String programme, Model model) {
		model.addAttribute("cohorts", alumni.cohorts(programme));
		model.addAttribute("programmes", leadership.programmes());
		model.addAttribute("programme", programme == null || programme.isBlank() ? "NXG" : programme.toUpperCase(java.util.Locale.ROOT));
		return "leadership/alumni";
	}
}
