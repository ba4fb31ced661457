package org.stocktake.consultation.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.consultation.Answers;
import org.stocktake.consultation.Consultations;
import org.stocktake.consultation.LondonTime;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.consultation.ResponseLink;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;

/**
 * The respondent's pages, reached only through their unique link: answer, save and come back,
 * submit (again, replacing the earlier response). After the closing time, or once the link is
 * withdrawn, the page says so instead of showing the form.
 */
@Controller
class RespondController {

	private final Consultations consultations;

	RespondController(Consultations consultations) {
		this.consultations = consultations;
	}

	@GetMapping("/respond/{token}")
	String form(@PathVariable String token, @RequestParam Optional<String> saved, Model model, HttpServletResponse response) {
		ResponseLink link = link(token);
		Questionnaire q = consultations.get(link.questionnaireId());
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		String unavailable = unavailable(link, q);
		model.addAttribute("questionnaire", q);
		model.addAttribute("closes", LondonTime.format(q.closesAt()));
		if (unavailable != null) {
			model.addAttribute("reason", unavailable);
			return "consultation/unavailable";
		}
		model.addAttribute("token", token);
		model.addAttribute("answers", consultations.answersSoFar(link));
		model.addAttribute("errors", Map.of());
		model.addAttribute("saved", saved.isPresent());
		model.addAttribute("alreadySubmitted", consultations.submitted(link));
		model.addAttribute("preview", false);
		model.addAttribute("onBehalf", link.source() == ResponseLink.Source.OFFICER);
		return "consultation/respond";
	}

	@PostMapping("/respond/{token}")
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Authentication auth, Model model,
			HttpServletResponse response) {
		ResponseLink link = link(token);
		Questionnaire q = consultations.get(link.questionnaireId());
		response.setHeader("Referrer-Policy", "no-referrer");
		String unavailable = unavailable(link, q);
		if (unavailable != null) {
			model.addAttribute("questionnaire", q);
			model.addAttribute("closes", LondonTime.format(q.closesAt()));
			model.addAttribute("reason", unavailable);
			return "consultation/unavailable";
		}
		Answers answers = AnswerForm.read(q, params);
		boolean consent = "yes".equals(params.getFirst("consent"));
		try {
			if ("save".equals(params.getFirst("action"))) {
				consultations.saveDraft(token, answers);
				return "redirect:/respond/" + token + "?saved";
			}
			String channel = params.getFirst("channel");
			if (link.source() == ResponseLink.Source.OFFICER && ConsultationAccess.officer(auth) && channel != null) {
				consultations.submitOnBehalf(token, answers, consent, channel);
			}
			else {
				consultations.submit(token, answers, consent);
			}
			return "redirect:/respond/" + token + "/done";
		}
		catch (BadRequestException ex) {
			model.addAttribute("questionnaire", q);
			model.addAttribute("closes", LondonTime.format(q.closesAt()));
			model.addAttribute("token", token);
			model.addAttribute("answers", answers);
			model.addAttribute("errors", AnswerForm.errors(ex));
			model.addAttribute("saved", false);
			model.addAttribute("alreadySubmitted", consultations.submitted(link));
			model.addAttribute("preview", false);
			model.addAttribute("onBehalf", link.source() == ResponseLink.Source.OFFICER);
			model.addAttribute("consent", consent);
			return "consultation/respond";
		}
	}

	@GetMapping("/respond/{token}/done")
	String done(@PathVariable String token, Model model, HttpServletResponse response) {
		ResponseLink link = link(token);
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("questionnaire", consultations.get(link.questionnaireId()));
		model.addAttribute("token", token);
		return "consultation/done";
	}

	private ResponseLink link(String token) {
		return consultations.link(token).orElseThrow(() -> new NotFoundException("This link is not recognised"));
	}

	private String unavailable(ResponseLink link, Questionnaire q) {
		if (link.revoked()) {
			return "revoked";
		}
		if (q.closedAt(consultations.now())) {
			return "closed";
		}
		if (!q.openAt(consultations.now())) {
			return "notOpen";
		}
		return null;
	}
}
