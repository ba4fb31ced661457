package org.stocktake.consultation.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.stocktake.consultation.Consultations;
import org.stocktake.consultation.Question;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.consultation.Themes;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;

/** Officers code free-text answers by theme, with suggested groups they may accept. */
@Controller
class ThemesController {

	private final Consultations consultations;
	private final Themes themes;

	ThemesController(Consultations consultations, Themes themes) {
		this.consultations = consultations;
		this.themes = themes;
	}

	private Questionnaire questionnaire(String slug) {
		return consultations.find(slug).orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
	}

	@GetMapping("/consultations/{slug}/themes")
	String page(@PathVariable String slug, @RequestParam(required = false) String question, @RequestParam(required = false) String q,
			@RequestParam(required = false) String suggest, Model model) {
		Questionnaire questionnaire = questionnaire(slug);
		List<Question> questions = themes.freeTextQuestions(questionnaire);
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("questions", questions);
		Question chosen = questions.stream().filter(x -> x.key().equals(question)).findFirst().orElse(questions.isEmpty() ? null : questions.get(0));
		model.addAttribute("question", chosen);
		model.addAttribute("search", q == null ? "" : q);
		if (chosen != null) {
			model.addAttribute("answers", themes.answers(questionnaire, chosen.key(), q));
			model.addAttribute("counts", themes.counts(questionnaire, chosen.key()));
			model.addAttribute("suggestions", suggest == null ? null : themes.suggest(questionnaire, chosen.key()));
		}
		return "consultation/themes";
	}

	@PostMapping("/consultations/{slug}/themes")
	String tag(@PathVariable String slug, @RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String theme,
			@RequestParam(required = false) List<Long> link, RedirectAttributes redirect) {
		Questionnaire questionnaire = questionnaire(slug);
		try {
			if (link == null || link.isEmpty()) {
				throw new BadRequestException("link", null, "Choose the answers to tag");
			}
			int tagged = themes.tag(questionnaire, question, theme, link);
			redirect.addFlashAttribute("tagged", tagged);
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/consultations/{slug}/themes").queryParam("question", question).buildAndExpand(slug)
			.encode().toUriString();
	}
}
