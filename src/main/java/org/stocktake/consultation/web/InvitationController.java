package org.stocktake.consultation.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.consultation.Consultations;
import org.stocktake.consultation.Invitations;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.people.RoleType;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.NotFoundException;

/** Officers invite respondents from the directory, remind them, record bounces and read the message log. */
@Controller
class InvitationController {

	/** {@code roles} (e.g. LEADER, CHIEF_EXECUTIVE: holders at every current council) and/or {@code personIds}. */
	record InvitationRequest(List<String> roles, List<Long> personIds) {
	}

	private final Consultations consultations;
	private final Invitations invitations;

	InvitationController(Consultations consultations, Invitations invitations) {
		this.consultations = consultations;
		this.invitations = invitations;
	}

	private Questionnaire questionnaire(String slugOrId) {
		return consultations.find(slugOrId).orElseThrow(() -> new NotFoundException("There is no consultation " + slugOrId));
	}

	@GetMapping("/consultations/{slug}/invitations")
	String page(@PathVariable String slug, Model model) {
		Questionnaire q = questionnaire(slug);
		model.addAttribute("questionnaire", q);
		model.addAttribute("open", q.openAt(consultations.now()));
		model.addAttribute("messages", invitations.log(q.id()));
		model.addAttribute("roles", List.of(RoleType.LEADER, RoleType.CHIEF_EXECUTIVE, RoleType.DEPUTY_LEADER, RoleType.ELECTED_MAYOR,
				RoleType.CHIEF_FINANCE_OFFICER, RoleType.DIRECTOR_OF_CHILDRENS_SERVICES, RoleType.DIRECTOR_OF_ADULT_SOCIAL_SERVICES));
		return "consultation/invitations";
	}

	@PostMapping("/consultations/{slug}/invitations")
	String invite(@PathVariable String slug, @RequestParam(required = false) List<String> role, RedirectAttributes redirect) {
		Questionnaire q = questionnaire(slug);
		try {
			Invitations.Outcome outcome = invitations.inviteHolders(q.id(), roles(role), ConsultationController.baseUrl());
			redirect.addFlashAttribute("outcome", outcome);
		}
		catch (BadRequestException | ForbiddenException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/consultations/" + q.slug() + "/invitations";
	}

	@PostMapping("/consultations/{slug}/reminders")
	String remind(@PathVariable String slug, RedirectAttributes redirect) {
		Questionnaire q = questionnaire(slug);
		try {
			redirect.addFlashAttribute("reminded", invitations.remind(q.id(), ConsultationController.baseUrl()));
		}
		catch (ForbiddenException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/consultations/" + q.slug() + "/invitations";
	}

	@PostMapping("/consultations/{slug}/bounces")
	String bounce(@PathVariable String slug, @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		Questionnaire q = questionnaire(slug);
		try {
			invitations.recordBounce(email, reason);
			redirect.addFlashAttribute("bounced", email.strip());
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/consultations/" + q.slug() + "/invitations";
	}

	@PostMapping("/api/v1/consultations/{id}/invitations")
	@ResponseBody
	Invitations.Outcome api(@PathVariable String id, @RequestBody InvitationRequest request) {
		Questionnaire q = questionnaire(id);
		List<RoleType> roles = roles(request.roles());
		List<Long> people = request.personIds() == null ? List.of() : request.personIds();
		if (roles.isEmpty() && people.isEmpty()) {
			throw new BadRequestException("roles", null, "Give roles to invite their holders at every current council, or personIds");
		}
		Invitations.Outcome byRole = roles.isEmpty() ? new Invitations.Outcome(0, 0, 0, 0)
				: invitations.inviteHolders(q.id(), roles, ConsultationController.baseUrl());
		Invitations.Outcome byPerson = people.isEmpty() ? new Invitations.Outcome(0, 0, 0, 0)
				: invitations.invitePeople(q.id(), people, ConsultationController.baseUrl());
		return new Invitations.Outcome(byRole.queued() + byPerson.queued(), byRole.alreadyInvited() + byPerson.alreadyInvited(),
				byRole.withoutEmail() + byPerson.withoutEmail(), byRole.suppressed() + byPerson.suppressed());
	}

	private static List<RoleType> roles(List<String> names) {
		List<RoleType> roles = new ArrayList<>();
		if (names != null) {
			for (String name : names) {
				roles.add(RoleType.parse(name).orElseThrow(() -> new BadRequestException("roles", name, "There is no role " + name)));
			}
		}
		return roles;
	}
}
