package org.stocktake.oversight.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import org.stocktake.oversight.Intervention;
import org.stocktake.oversight.InterventionType;
import org.stocktake.oversight.Interventions;
import org.stocktake.oversight.NewIntervention;
import org.stocktake.oversight.Oversight;
import org.stocktake.oversight.ThresholdResult;
import org.stocktake.oversight.ThresholdRule;
import org.stocktake.oversight.Thresholds;
import org.stocktake.oversight.Watchlist;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.register.Area;
import org.stocktake.register.Register;
import org.stocktake.platform.web.Option;

/** Officers record and follow intervention; an authority's oversight record brings it together with its judgements. */
@Controller
class InterventionController {


	private final Interventions interventions;
	private final Oversight oversight;
	private final Register register;
	private final MessageSource messages;
	private final Thresholds thresholds;
	private final Watchlist watchlist;

	InterventionController(Interventions interventions, Oversight oversight, Register register,
			MessageSource messages, Thresholds thresholds, Watchlist watchlist) {
		this.watchlist = watchlist;
		this.thresholds = thresholds;
		this.interventions = interventions;
		this.oversight = oversight;
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/interventions")
	String list(Model model) {
		model.addAttribute("figures", interventions.figures());
		model.addAttribute("all", interventions.all());
		model.addAttribute("today", interventions.today());
		model.addAttribute("types", InterventionType.values());
		return "oversight/interventions";
	}

	@GetMapping("/interventions/new")
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewIntervention.empty());
		}
		model.addAttribute("typeOptions", typeOptions());
		return "oversight/intervention-new";
	}

	@PostMapping("/interventions/new")
	String create(@ModelAttribute("form") NewIntervention form, BindingResult binding, Model model) {
		try {
			return "redirect:/interventions/" + interventions.start(form).id();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return form(model);
		}
	}

	@GetMapping("/interventions/{id}")
	String show(@PathVariable long id, Model model) {
		Intervention intervention = interventions.get(id);
		model.addAttribute("intervention", intervention);
		model.addAttribute("today", interventions.today());
		return "oversight/intervention";
	}

	@PostMapping("/interventions/{id}/milestones")
	String milestone(@PathVariable long id, @RequestParam String ruleId, @RequestParam String dueDate,
			@RequestParam(required = false) String completedOn, Model model, RedirectAttributes redirect) {
		try {
			interventions.completeMilestone(id, ruleId, dueDate, completedOn);
		}
		catch (BadRequestException ex) {
			model.addAttribute("problems", ex.errors());
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/interventions/" + id;
	}

	@PostMapping("/interventions/{id}/end")
	String end(@PathVariable long id, @RequestParam(required = false) String endDate, Model model, RedirectAttributes redirect) {
		try {
			interventions.end(id, endDate);
		}
		catch (BadRequestException ex) {
			model.addAttribute("problems", ex.errors());
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/interventions/" + id;
	}

	@GetMapping("/oversight/areas/{gssCode}")
	String profile(@PathVariable String gssCode, Authentication auth, Model model) {
		Area area = register.get(gssCode);
		if (!area.gssCode().equalsIgnoreCase(gssCode)) {
			return "redirect:/oversight/areas/" + area.gssCode();
		}
		OversightReaders.checkMaySee(auth, area, register);
		model.addAttribute("profile", oversight.profile(area));
		model.addAttribute("today", interventions.today());
		// Risk scores are for officers only: a council's user sees its record without them.
		if (OversightReaders.isOfficer(auth) && area.current() && area.type().principalCouncil()) {
			model.addAttribute("watch", watchlist.of(area.gssCode()));
		}
		return "oversight/area";
	}

	record RuleView(ThresholdRule rule, boolean measureAvailable, List<ThresholdResult> flagged) {
	}

	@GetMapping("/oversight/thresholds")
	String thresholds(Model model) {
		model.addAttribute("rules", thresholds.rules().stream()
			.map(rule -> new RuleView(rule, thresholds.measureOf(rule).isPresent(), thresholds.evaluate(rule).stream()
				.filter(r -> r.status() != ThresholdResult.Status.CLEAR)
				.toList()))
			.toList());
		return "oversight/thresholds";
	}

	private List<Option> typeOptions() {
		List<Option> options = new java.util.ArrayList<>();
		options.add(new Option("", messages.getMessage("interventions.chooseType", null, Locale.UK)));
		Arrays.stream(InterventionType.values())
			.forEach(t -> options.add(new Option(t.name(), messages.getMessage(t.messageKey(), null, Locale.UK))));
		return options;
	}
}
