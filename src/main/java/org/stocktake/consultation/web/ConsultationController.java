package org.stocktake.consultation.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stocktake.consultation.Answers;
import org.stocktake.consultation.Consultations;
import org.stocktake.consultation.IndividualResponses;
import org.stocktake.consultation.Invitations;
import org.stocktake.consultation.LondonTime;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.consultation.Respondent;
import org.stocktake.consultation.ResponseLink;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.NotFoundException;

/** The list of consultations, each one's page, the preview, publishing, own links and responses entered by officers. */
@Controller
class ConsultationController {

	private final Consultations consultations;
	private final Invitations invitations;
	private final IndividualResponses individual;

	ConsultationController(Consultations consultations, Invitations invitations, IndividualResponses individual) {
		this.consultations = consultations;
		this.invitations = invitations;
		this.individual = individual;
	}

	static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** A questionnaire the reader may see: the public sees published ones only. */
	Questionnaire visible(String slug, Authentication auth) {
		Questionnaire q = consultations.find(slug).orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
		if (!q.published() && !ConsultationAccess.officer(auth)) {
			throw new NotFoundException("There is no consultation " + slug);
		}
		return q;
	}

	@GetMapping("/consultations")
	String list(Authentication auth, Model model) {
		boolean officer = ConsultationAccess.officer(auth);
		List<Questionnaire> all = consultations.list().stream().filter(q -> officer || q.published()).toList();
		model.addAttribute("questionnaires", all);
		model.addAttribute("now", consultations.now());
		model.addAttribute("officer", officer);
		return "consultation/list";
	}

	@GetMapping("/consultations/{slug}")
	String show(@PathVariable String slug, Authentication auth, Model model) {
		Questionnaire q = visible(slug, auth);
		boolean officer = ConsultationAccess.officer(auth);
		model.addAttribute("questionnaire", q);
		model.addAttribute("closes", LondonTime.format(q.closesAt()));
		model.addAttribute("open", q.openAt(consultations.now()));
		model.addAttribute("officer", officer);
		model.addAttribute("analyst", individual.mayRead(auth, q));
		model.addAttribute("resultsVisible", officer || q.resultsPublished());
		return "consultation/show";
	}

	@GetMapping("/consultations/{slug}/preview")
	String preview(@PathVariable String slug, Authentication auth, Model model) {
		Questionnaire q = visible(slug, auth);
		model.addAttribute("questionnaire", q);
		model.addAttribute("closes", LondonTime.format(q.closesAt()));
		model.addAttribute("token", "preview");
		model.addAttribute("answers", Answers.none());
		model.addAttribute("errors", Map.of());
		model.addAttribute("saved", false);
		model.addAttribute("alreadySubmitted", false);
		model.addAttribute("preview", true);
		model.addAttribute("onBehalf", false);
		return "consultation/respond";
	}

	@PostMapping("/consultations/{slug}/publish")
	String publish(@PathVariable String slug, Authentication auth, RedirectAttributes redirect) {
		Questionnaire q = visible(slug, auth);
		try {
			consultations.publish(q.id());
			redirect.addFlashAttribute("notice", "consultation.published");
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/consultations/" + q.slug();
	}

	@PostMapping("/consultations/{slug}/results/publish")
	String publishResults(@PathVariable String slug, @RequestParam(defaultValue = "true") boolean published, Authentication auth,
			RedirectAttributes redirect) {
		Questionnaire q = visible(slug, auth);
		consultations.publishResults(q.id(), published);
		redirect.addFlashAttribute("notice", published ? "consultation.results.publishedNotice" : "consultation.results.withdrawnNotice");
		return "redirect:/consultations/" + q.slug();
	}

	@GetMapping("/consultations/{slug}/request-link")
	String requestLinkForm(@PathVariable String slug, Authentication auth, Model model) {
		Questionnaire q = visible(slug, auth);
		model.addAttribute("questionnaire", q);
		model.addAttribute("closes", LondonTime.format(q.closesAt()));
		model.addAttribute("open", q.openAt(consultations.now()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("email", "");
		model.addAttribute("name", "");
		return "consultation/request-link";
	}

	@PostMapping("/consultations/{slug}/request-link")
	String requestLink(@PathVariable String slug, @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
			Authentication auth, Model model) {
		Questionnaire q = visible(slug, auth);
		model.addAttribute("questionnaire", q);
		model.addAttribute("closes", LondonTime.format(q.closesAt()));
		model.addAttribute("open", q.openAt(consultations.now()));
		try {
			invitations.requestOwnLink(q.id(), email, name, baseUrl());
			model.addAttribute("email", email.strip());
			return "consultation/link-sent";
		}
		catch (BadRequestException ex) {
			model.addAttribute("errors", AnswerForm.errors(ex));
			model.addAttribute("email", email);
			model.addAttribute("name", name);
			return "consultation/request-link";
		}
		catch (ForbiddenException ex) {
			model.addAttribute("errors", Map.of("email", ex.getMessage()));
			model.addAttribute("email", email);
			model.addAttribute("name", name);
			return "consultation/request-link";
		}
	}

	@GetMapping("/consultations/{slug}/on-behalf")
	String onBehalfForm(@PathVariable String slug, Authentication auth, Model model) {
		Questionnaire q = visible(slug, auth);
		model.addAttribute("questionnaire", q);
		model.addAttribute("errors", Map.of());
		return "consultation/on-behalf";
	}

	/** Issues (or finds) the respondent's link and takes the officer to the respondent's form to enter their answers. */
	@PostMapping("/consultations/{slug}/on-behalf")
	String onBehalf(@PathVariable String slug, @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String authority, @RequestParam(defaultValue = "") String role, Authentication auth, Model model) {
		Questionnaire q = visible(slug, auth);
		if (email.isBlank() && name.isBlank()) {
			model.addAttribute("questionnaire", q);
			model.addAttribute("errors", Map.of("name", "Enter the respondent's name or email address"));
			return "consultation/on-behalf";
		}
		Respondent respondent = new Respondent(null, blank(email), blank(name), blank(authority), blank(role), Map.of());
		ResponseLink link = consultations.issueOnBehalf(q.id(), respondent);
		return "redirect:/respond/" + link.token();
	}

	@PostMapping("/consultations/{slug}/links/{linkId}/revoke")
	String revoke(@PathVariable String slug, @PathVariable long linkId, Authentication auth, RedirectAttributes redirect) {
		Questionnaire q = visible(slug, auth);
		consultations.link(linkId).filter(l -> l.questionnaireId() == q.id()).orElseThrow(() -> new NotFoundException("There is no such link"));
		consultations.revoke(linkId);
		redirect.addFlashAttribute("notice", "consultation.link.revoked");
		return "redirect:/consultations/" + q.slug() + "/invitations";
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
