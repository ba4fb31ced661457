package org.stocktake.consultation.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.consultation.Consultations;
import org.stocktake.consultation.NewQuestionnaire;
import org.stocktake.consultation.NewSection;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.consultation.QuestionnaireKind;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;

/** Officers build a questionnaire from plain text (see {@link QuestionText}), preview it, and add or remove options. */
@Controller
class BuilderController {

	record NewForm(String title, String slug, String kind, String summary, String closesDate, String closesTime, String questions) {
	}

	private final Consultations consultations;

	BuilderController(Consultations consultations) {
		this.consultations = consultations;
	}

	@GetMapping("/consultations/new")
	String form(Model model) {
		model.addAttribute("form", new NewForm("", "", "CONSULTATION", "", "", "23:59", ""));
		model.addAttribute("errors", Map.of());
		model.addAttribute("kinds", QuestionnaireKind.values());
		return "consultation/new";
	}

	@PostMapping("/consultations/new")
	String create(NewForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<NewSection> sections = List.of();
		try {
			sections = QuestionText.parse(form.questions());
		}
		catch (BadRequestException ex) {
			for (FieldError e : ex.errors()) {
				errors.putIfAbsent("questions", (e.row() == null ? "" : "Line " + e.row() + ": ") + e.message());
			}
		}
		ZonedDateTime closes = null;
		if (form.closesDate() != null && !form.closesDate().isBlank()) {
			try {
				LocalTime time = form.closesTime() == null || form.closesTime().isBlank() ? LocalTime.of(23, 59) : LocalTime.parse(form.closesTime().strip());
				closes = ZonedDateTime.of(LocalDate.parse(form.closesDate().strip()), time, Consultations.LONDON);
			}
			catch (DateTimeParseException ex) {
				errors.put("closesDate", "Enter the closing date as YYYY-MM-DD and the time as HH:MM");
			}
		}
		QuestionnaireKind kind = QuestionnaireKind.CONSULTATION;
		try {
			kind = QuestionnaireKind.valueOf(form.kind() == null ? "" : form.kind().strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "Choose what kind of questionnaire this is");
		}
		if (errors.isEmpty()) {
			try {
				Questionnaire q = consultations.create(new NewQuestionnaire(form.slug() == null ? "" : form.slug().strip(), kind, form.title(),
						form.summary() == null || form.summary().isBlank() ? null : form.summary().strip(), null, closes, null, sections));
				return "redirect:/consultations/" + q.slug();
			}
			catch (IllegalArgumentException ex) {
				errors.put(ex.getMessage().startsWith("A questionnaire's slug") ? "slug" : "title", ex.getMessage());
			}
			catch (BadRequestException ex) {
				errors.put(ex.errors().get(0).field() != null && ex.errors().get(0).field().equals("slug") ? "slug" : "questions", ex.getMessage());
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", QuestionnaireKind.values());
		return "consultation/new";
	}

	@PostMapping("/consultations/{slug}/options")
	String addOption(@PathVariable String slug, @RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String option,
			@RequestParam(defaultValue = "add") String action, RedirectAttributes redirect) {
		Questionnaire q = consultations.find(slug).orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
		try {
			if ("remove".equals(action)) {
				consultations.removeOption(q.id(), question, option);
			}
			else {
				consultations.addOption(q.id(), question, option);
			}
			redirect.addFlashAttribute("notice", "consultation.options.changed");
		}
		catch (BadRequestException | NotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/consultations/" + q.slug();
	}
}
