package org.stocktake.consultation.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stocktake.consultation.Consultations;
import org.stocktake.consultation.IndividualResponses;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.platform.web.NotFoundException;

/** Individual responses for analysts (the grant is checked by {@link IndividualResponses}); each reading is recorded. */
@Controller
class ResponsesController {

	private final Consultations consultations;
	private final IndividualResponses individual;

	ResponsesController(Consultations consultations, IndividualResponses individual) {
		this.consultations = consultations;
		this.individual = individual;
	}

	private Questionnaire questionnaire(String slug) {
		return consultations.find(slug).orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
	}

	@GetMapping("/consultations/{slug}/responses")
	String list(@PathVariable String slug, Authentication auth, Model model) {
		Questionnaire q = questionnaire(slug);
		model.addAttribute("questionnaire", q);
		model.addAttribute("lines", individual.list(auth, q));
		return "consultation/responses";
	}

	@GetMapping("/consultations/{slug}/responses/{linkId}")
	String read(@PathVariable String slug, @PathVariable long linkId, Authentication auth, Model model) {
		Questionnaire q = questionnaire(slug);
		model.addAttribute("questionnaire", q);
		model.addAttribute("reading", individual.read(auth, q, linkId));
		model.addAttribute("admin", IndividualResponses.admin(auth));
		return "consultation/response";
	}

}
