package org.stocktake.performance.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.performance.BoardReports;
import org.stocktake.performance.FinancialYear;
import org.stocktake.performance.Forms.NewPlan;
import org.stocktake.performance.Forms.OutcomeForm;
import org.stocktake.performance.Forms.OverrideForm;
import org.stocktake.performance.Forms.ReturnForm;
import org.stocktake.performance.Forms.TargetForm;
import org.stocktake.performance.ManagementAccounts;
import org.stocktake.performance.Performance;
import org.stocktake.performance.Plan;
import org.stocktake.performance.RagSummary;
import org.stocktake.performance.Target;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.Option;

/** Officers' pages: plans, targets, quarterly returns with sign-off and amendments, ratings, accounts and outcomes. */
@Controller
class PerformancePagesController {

	private final Performance performance;
	private final ManagementAccounts accounts;
	private final BoardReports reports;

	PerformancePagesController(Performance performance, ManagementAccounts accounts, BoardReports reports) {
		this.performance = performance;
		this.accounts = accounts;
		this.reports = reports;
	}


	@GetMapping("/performance")
	String index(Model model) {
		model.addAttribute("plans", performance.plans());
		model.addAttribute("periods", accounts.periods());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewPlan(null, null));
		}
		return "performance/index";
	}

	@PostMapping("/performance/plans")
	String createPlan(@ModelAttribute("form") NewPlan form, BindingResult binding, Model model) {
		try {
			return "redirect:/performance/plans/" + performance.createPlan(form).year().path();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return index(model);
		}
	}

	@GetMapping("/performance/plans/{year}")
	String plan(@PathVariable String year, @RequestParam(required = false) String quarter, Model model) {
		Plan plan = performance.plan(FinancialYear.parse(year, "year"), Paths.quarter(quarter));
		model.addAttribute("plan", plan);
		model.addAttribute("summary", RagSummary.of(plan));
		model.addAttribute("quarters", List.of(1, 2, 3, 4));
		return "performance/plan";
	}

	@GetMapping("/performance/plans/{year}/targets/new")
	String targetForm(@PathVariable String year, Model model) {
		FinancialYear y = FinancialYear.parse(year, "year");
		model.addAttribute("year", y);
		model.addAttribute("rules", performance.rules().stream().map(r -> new Option(r.id(), r.name())).toList());
		model.addAttribute("kinds", List.of(new Option("NUMERIC", "A number to reach"), new Option("MILESTONE", "A milestone by a date")));
		model.addAttribute("aggregations", List.of(new Option("SUM", "Add the quarters together (SUM)"),
				new Option("LATEST", "The latest quarter's figure, a running count (LATEST)")));
		List<Option> linked = new java.util.ArrayList<>(List.of(new Option("", "None: officers record each quarter")));
		performance.linkedFigures().forEach((id, label) -> linked.add(new Option(id, label)));
		model.addAttribute("linkedFigures", linked);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TargetForm.empty());
		}
		return "performance/target-new";
	}

	@PostMapping("/performance/plans/{year}/targets/new")
	String createTarget(@PathVariable String year, @ModelAttribute("form") TargetForm form, BindingResult binding, Model model) {
		try {
			return "redirect:/performance/targets/" + performance.createTarget(FinancialYear.parse(year, "year"), form).id();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return targetForm(year, model);
		}
	}

	@GetMapping("/performance/targets/{id}")
	String target(@PathVariable long id, Model model) {
		model.addAttribute("target", performance.target(id, null));
		model.addAttribute("amendments", performance.amendments(id));
		model.addAttribute("ragOptions", List.of(new Option("", "No override: use the computed rating"), new Option("GREEN", "Green"),
				new Option("AMBER", "Amber"), new Option("RED", "Red")));
		if (!model.containsAttribute("overrideForm")) {
			Target t = (Target) model.getAttribute("target");
			model.addAttribute("overrideForm", new OverrideForm(t.override() == null ? "" : t.override().name(), t.overrideCommentary()));
		}
		return "performance/target";
	}

	@PostMapping("/performance/targets/{id}/rag")
	String overrideRag(@PathVariable long id, @ModelAttribute("overrideForm") OverrideForm form, BindingResult binding, Model model) {
		try {
			performance.overrideRag(id, form);
			return "redirect:/performance/targets/" + id;
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return target(id, model);
		}
	}

	@GetMapping("/performance/targets/{id}/quarters/{quarter}")
	String returnForm(@PathVariable long id, @PathVariable String quarter, Model model) {
		int q = Paths.quarter(quarter);
		Target t = performance.target(id, null);
		model.addAttribute("target", t);
		model.addAttribute("quarter", q);
		model.addAttribute("locked", t.quarter(q).signedOff());
		if (!model.containsAttribute("form")) {
			Target.QuarterReturn r = t.quarter(q);
			model.addAttribute("form", new ReturnForm(t.linkedFigure() != null ? "" : r.display(), r.narrative(), r.commentary(), r.forecast(), null));
		}
		return "performance/return";
	}

	@PostMapping("/performance/targets/{id}/quarters/{quarter}")
	String saveReturn(@PathVariable long id, @PathVariable String quarter, @ModelAttribute("form") ReturnForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		int q = Paths.quarter(quarter);
		try {
			performance.recordReturn(id, q, form);
			redirect.addFlashAttribute("saved", "Q" + q);
			return "redirect:/performance/targets/" + id;
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return returnForm(id, quarter, model);
		}
	}

	@PostMapping("/performance/targets/{id}/quarters/{quarter}/sign-off")
	String signOff(@PathVariable long id, @PathVariable String quarter, RedirectAttributes redirect) {
		performance.signOff(id, Paths.quarter(quarter));
		redirect.addFlashAttribute("signedOff", "Q" + Paths.quarter(quarter));
		return "redirect:/performance/targets/" + id;
	}

	@GetMapping("/performance/accounts/{year}/{period}")
	String accounts(@PathVariable String year, @PathVariable String period, Model model) {
		model.addAttribute("accounts", accounts.period(FinancialYear.parse(year, "year"), Paths.period(period)));
		return "performance/accounts";
	}

	@GetMapping("/performance/outcomes")
	String outcomes(@RequestParam(required = false) String year, Model model) {
		FinancialYear y = year == null || year.isBlank() ? null : FinancialYear.parse(year, "year");
		if (y == null) {
			List<Performance.PlanSummary> plans = performance.plans();
			y = plans.isEmpty() ? new FinancialYear(performance.today().minusMonths(3).getYear()) : plans.get(0).year();
		}
		model.addAttribute("year", y);
		model.addAttribute("outcomes", reports.outcomes(y));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OutcomeForm(y.label(), null, null, null, null, null));
		}
		return "performance/outcomes";
	}

	@PostMapping("/performance/outcomes")
	String saveOutcome(@ModelAttribute("form") OutcomeForm form, BindingResult binding, Model model) {
		try {
			reports.saveOutcome(form);
			return "redirect:/performance/outcomes?year=" + FinancialYear.parse(form.year(), "year").path();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return outcomes(FinancialYear.tryParse(form.year()) == null ? null : form.year(), model);
		}
	}
}
