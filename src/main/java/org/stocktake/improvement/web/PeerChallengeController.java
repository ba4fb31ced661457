package org.stocktake.improvement.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.stocktake.improvement.ActionPlans;
import org.stocktake.improvement.ChallengeDetails;
import org.stocktake.improvement.ChallengeSearch;
import org.stocktake.improvement.ChallengeState;
import org.stocktake.improvement.IllegalTransitionException;
import org.stocktake.improvement.NewAction;
import org.stocktake.improvement.NewPeerChallenge;
import org.stocktake.improvement.PeerChallenge;
import org.stocktake.improvement.PeerChallenges;
import org.stocktake.improvement.Transition;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Region;
import org.stocktake.register.Register;
import org.stocktake.platform.web.Option;

/** The pages of peer challenges: the list, requesting one, a challenge with its next steps, the public reports and the offer. */
@Controller
class PeerChallengeController {


	private final PeerChallenges challenges;
	private final ActionPlans actionPlans;
	private final Register register;
	private final MessageSource messages;
	private final org.stocktake.improvement.TeamProposals proposals;

	PeerChallengeController(PeerChallenges challenges, ActionPlans actionPlans, Register register, MessageSource messages,
			org.stocktake.improvement.TeamProposals proposals) {
		this.proposals = proposals;
		this.challenges = challenges;
		this.actionPlans = actionPlans;
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/offer")
	String offer(Model model) {
		model.addAttribute("products", challenges.offer());
		return "improvement/offer";
	}

	@GetMapping("/peer-challenges")
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String product,
			@RequestParam(required = false) String region, @RequestParam(required = false) String year,
			@RequestParam(required = false) Integer page, Authentication auth, Model model) {
		String own = ChallengeReaders.ownAuthority(auth, register);
		ChallengeSearch search = Filters.read(state, product, region, year, own);
		Paged<PeerChallenge> found = challenges.search(search, PageRequest.of(page, 50));
		model.addAttribute("found", found);
		model.addAttribute("today", challenges.today());
		model.addAttribute("filters", Map.of("state", nz(state), "product", nz(product), "region", nz(region), "year", nz(year)));
		model.addAttribute("stateOptions", stateOptions());
		model.addAttribute("productOptions", productOptions("challenges.anyProduct"));
		model.addAttribute("regionOptions", regionOptions());
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/peer-challenges").queryParam("state", nz(state))
			.queryParam("product", nz(product)).queryParam("region", nz(region)).queryParam("year", nz(year)).build().toUriString());
		model.addAttribute("officer", ChallengeReaders.officer(auth));
		return "improvement/challenges";
	}

	@GetMapping("/peer-challenges/published")
	String published(@RequestParam(required = false) String product, @RequestParam(required = false) String region,
			@RequestParam(required = false) String year, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("found", challenges.published(Filters.read(null, product, region, year, null), PageRequest.of(page, 50)));
		model.addAttribute("filters", Map.of("product", nz(product), "region", nz(region), "year", nz(year)));
		model.addAttribute("productOptions", productOptions("challenges.anyProduct"));
		model.addAttribute("regionOptions", regionOptions());
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/peer-challenges/published").queryParam("product", nz(product))
			.queryParam("region", nz(region)).queryParam("year", nz(year)).build().toUriString());
		return "improvement/published";
	}

	@GetMapping("/peer-challenges/new")
	String form(Authentication auth, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewPeerChallenge.empty(ChallengeReaders.ownAuthority(auth, register)));
		}
		model.addAttribute("productOptions", productOptions("challenges.chooseProduct"));
		return "improvement/challenge-new";
	}

	@PostMapping("/peer-challenges/new")
	String create(@ModelAttribute("form") NewPeerChallenge form, BindingResult binding, Authentication auth, Model model) {
		ChallengeReaders.checkMayRequestFor(auth, form.area(), register);
		try {
			return "redirect:/peer-challenges/" + challenges.request(form).id();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return form(auth, model);
		}
	}

	@GetMapping("/peer-challenges/{id:[0-9]+}")
	String show(@PathVariable long id, Authentication auth, Model model) {
		PeerChallenge challenge = challenges.get(id);
		ChallengeReaders.checkMaySee(auth, challenge, register);
		model.addAttribute("challenge", challenge);
		model.addAttribute("today", challenges.today());
		model.addAttribute("officer", ChallengeReaders.officer(auth));
		model.addAttribute("proposal", ChallengeReaders.officer(auth) ? proposals.latest(id).orElse(null) : null);
		if (!model.containsAttribute("proposalErrors")) {
			model.addAttribute("proposalErrors", Map.of());
		}
		model.addAttribute("actions", actionPlans.of(id));
		model.addAttribute("actionStatuses", org.stocktake.improvement.PlannedAction.Status.values());
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", NewAction.empty());
		}
		if (!model.containsAttribute("attempt")) {
			model.addAttribute("attempt", Transition.to(ChallengeState.ENQUIRY));
			model.addAttribute("stepErrors", Map.of());
		}
		return "improvement/challenge";
	}

	@PostMapping("/peer-challenges/{id:[0-9]+}/transitions")
	String transition(@PathVariable long id, @ModelAttribute Transition transition, Authentication auth, Model model,
			RedirectAttributes redirect) {
		try {
			PeerChallenge moved = challenges.transition(id, transition);
			redirect.addFlashAttribute("saved", moved.state());
			return "redirect:/peer-challenges/" + id;
		}
		catch (BadRequestException ex) {
			return refused(id, transition, ex.errors(), auth, model);
		}
		catch (IllegalTransitionException ex) {
			return refused(id, transition, List.of(FieldError.field("to", transition.to(), ex.getMessage())), auth, model);
		}
	}

	private String refused(long id, Transition transition, List<FieldError> errors, Authentication auth, Model model) {
		Map<String, String> stepErrors = new LinkedHashMap<>();
		errors.forEach(e -> stepErrors.merge(e.field() == null ? "to" : e.field(), e.message(), (a, b) -> a + ", " + b));
		model.addAttribute("attempt", transition);
		model.addAttribute("stepErrors", stepErrors);
		return show(id, auth, model);
	}

	@PostMapping("/peer-challenges/{id:[0-9]+}/team-proposal")
	String propose(@PathVariable long id, @RequestParam(required = false) String onSiteStart, @RequestParam(required = false) String onSiteEnd,
			Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			proposals.propose(id, onSiteStart, onSiteEnd);
		}
		catch (BadRequestException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach(e -> errors.merge(e.field() == null ? "onSiteStart" : e.field(), e.message(), (a, b) -> a + ", " + b));
			model.addAttribute("proposalErrors", errors);
			model.addAttribute("proposalAttempt", Map.of("onSiteStart", onSiteStart == null ? "" : onSiteStart, "onSiteEnd",
					onSiteEnd == null ? "" : onSiteEnd));
			return show(id, auth, model);
		}
		redirect.addFlashAttribute("proposed", true);
		return "redirect:/peer-challenges/" + id + "#team-proposal";
	}

	@PostMapping("/peer-challenges/{id:[0-9]+}/actions")
	String addAction(@PathVariable long id, @ModelAttribute("actionForm") NewAction form, BindingResult binding, Authentication auth,
			Model model, RedirectAttributes redirect) {
		ChallengeReaders.checkMaySee(auth, challenges.get(id), register);
		try {
			actionPlans.add(id, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return show(id, auth, model);
		}
		redirect.addFlashAttribute("actionSaved", true);
		return "redirect:/peer-challenges/" + id + "#action-plan";
	}

	@PostMapping("/peer-challenges/{id:[0-9]+}/actions/{actionId:[0-9]+}/status")
	String actionStatus(@PathVariable long id, @PathVariable long actionId, @RequestParam(required = false) String status,
			Authentication auth, RedirectAttributes redirect) {
		ChallengeReaders.checkMaySee(auth, challenges.get(id), register);
		actionPlans.setStatus(id, actionId, status);
		redirect.addFlashAttribute("actionSaved", true);
		return "redirect:/peer-challenges/" + id + "#action-plan";
	}

	@GetMapping("/peer-challenges/{id:[0-9]+}/edit")
	String edit(@PathVariable long id, Model model) {
		PeerChallenge challenge = challenges.get(id);
		model.addAttribute("challenge", challenge);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ChallengeDetails.of(challenge));
		}
		return "improvement/challenge-edit";
	}

	@PostMapping("/peer-challenges/{id:[0-9]+}/edit")
	String save(@PathVariable long id, @ModelAttribute("form") ChallengeDetails form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			challenges.edit(id, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return edit(id, model);
		}
		redirect.addFlashAttribute("edited", true);
		return "redirect:/peer-challenges/" + id;
	}

	private List<Option> stateOptions() {
		List<Option> options = new ArrayList<>();
		options.add(new Option("", message("challenges.anyState")));
		for (ChallengeState s : ChallengeState.values()) {
			options.add(new Option(s.name(), message(s.messageKey())));
		}
		return options;
	}

	private List<Option> productOptions(String emptyKey) {
		List<Option> options = new ArrayList<>();
		options.add(new Option("", message(emptyKey)));
		challenges.offer().forEach(p -> options.add(new Option(p.id(), p.name())));
		return options;
	}

	private List<Option> regionOptions() {
		List<Option> options = new ArrayList<>();
		options.add(new Option("", message("challenges.anyRegion")));
		for (Region r : Region.values()) {
			options.add(new Option(r.code(), r.displayName()));
		}
		return options;
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.UK);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
