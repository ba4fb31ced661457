package org.stocktake.improvement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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
import org.stocktake.improvement.ApplicationRound;
import org.stocktake.improvement.ApplicationRounds;
import org.stocktake.improvement.NewSupportEngagement;
import org.stocktake.improvement.PeerChallenges;
import org.stocktake.improvement.SupportEngagements;
import org.stocktake.improvement.SupportType;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Option;

/** Officers' pages for support engagements and application rounds. */
@Controller
class SupportController {


	private final SupportEngagements engagements;
	private final ApplicationRounds rounds;
	private final PeerChallenges challenges;
	private final MessageSource messages;

	SupportController(SupportEngagements engagements, ApplicationRounds rounds, PeerChallenges challenges, MessageSource messages) {
		this.engagements = engagements;
		this.rounds = rounds;
		this.challenges = challenges;
		this.messages = messages;
	}

	@GetMapping("/support")
	String support(@RequestParam(name = "supportType", required = false) String type, @RequestParam(required = false) Integer page, Model model) {
		SupportType chosen = SupportType.parse(type).orElse(null);
		model.addAttribute("found", engagements.list(chosen, null, null, PageRequest.of(page, 50)));
		LocalDate today = challenges.today();
		int fyStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		LocalDate from = LocalDate.of(fyStart, 4, 1);
		model.addAttribute("financialYear", fyStart + "/" + String.format("%02d", (fyStart + 1) % 100));
		java.util.Map<SupportType, Integer> inYear = engagements.authoritiesByType(from, from.plusYears(1).minusDays(1));
		java.util.Map<SupportType, Integer> allTime = engagements.authoritiesByType(null, null);
		model.addAttribute("byType", inYear);
		model.addAttribute("allTime", allTime);
		// the null key is every type counted once, which SpEL cannot index
		model.addAttribute("byTypeAll", inYear.get(null));
		model.addAttribute("allTimeAll", allTime.get(null));
		model.addAttribute("types", SupportType.values());
		List<Option> options = new ArrayList<>();
		options.add(new Option("", message("support.anyType")));
		for (SupportType t : SupportType.values()) {
			options.add(new Option(t.name(), message(t.messageKey())));
		}
		model.addAttribute("typeOptions", options);
		model.addAttribute("formTypeOptions", options.subList(1, options.size()));
		model.addAttribute("type", chosen == null ? "" : chosen.name());
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/support").queryParam("supportType", chosen == null ? "" : chosen.name()).build().toUriString());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewSupportEngagement.empty());
		}
		return "improvement/support";
	}

	@PostMapping("/support")
	String record(@ModelAttribute("form") NewSupportEngagement form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			engagements.record(form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return support(null, null, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/support";
	}

	@GetMapping("/application-rounds")
	String rounds(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("found", rounds.list(PageRequest.of(page, 50)));
		model.addAttribute("baseUrl", "/application-rounds");
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ApplicationRound.NewRound.empty());
		}
		return "improvement/rounds";
	}

	@PostMapping("/application-rounds")
	String open(@ModelAttribute("form") ApplicationRound.NewRound form, BindingResult binding, Model model) {
		try {
			return "redirect:/application-rounds/" + rounds.open(form).id();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return rounds(null, model);
		}
	}

	@GetMapping("/application-rounds/{id:[0-9]+}")
	String round(@PathVariable long id, Model model) {
		model.addAttribute("round", rounds.get(id));
		model.addAttribute("bids", rounds.bids(id));
		return "improvement/round";
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.UK);
	}
}
