package org.stocktake.boards.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.boards.Activity;
import org.stocktake.boards.Activity.Duplicate;
import org.stocktake.boards.Boards;
import org.stocktake.boards.Forms.NewActivity;
import org.stocktake.boards.ImprovementActivities;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.Option;

/** Improvement activity across the boards, and the pairs that look like duplication: a page for officers and the API. */
@Controller
class ActivityController {

	/** The page's form: councils as GSS codes separated by commas or spaces; significant "true" when ticked. */
	record ActivityForm(String board, String title, String description, String programme, String theme, String date, String significant,
			String councils) {

		NewActivity toNew() {
			List<String> codes = councils == null || councils.isBlank() ? List.of() : Arrays.asList(councils.trim().split("[,;\\s]+"));
			return new NewActivity(board, title, description, programme, theme, date, "true".equalsIgnoreCase(significant), codes);
		}
	}

	record ActivityJson(long id, String board, String boardSlug, String title, String description, String programme, String theme, LocalDate date,
			boolean significant, List<String> councils, Long reportedAtMeeting) {
		static ActivityJson of(Activity a) {
			return new ActivityJson(a.id(), a.boardName(), a.boardSlug(), a.title(), a.description(), a.programme(), a.theme(), a.date(),
					a.significant(), a.councils(), a.reportedAt());
		}
	}

	record DuplicateJson(ActivityJson first, ActivityJson second, double similarity, List<String> sharedWords, List<String> sharedCouncils,
			String reason) {
		static DuplicateJson of(Duplicate d) {
			return new DuplicateJson(ActivityJson.of(d.first()), ActivityJson.of(d.second()), d.similarity(), d.sharedWords(), d.sharedCouncils(),
					d.reason());
		}
	}

	private final Boards boards;
	private final ImprovementActivities activities;

	ActivityController(Boards boards, ImprovementActivities activities) {
		this.boards = boards;
		this.activities = activities;
	}

	@GetMapping("/activities")
	String page(Authentication auth, Model model) {
		var reader = boards.reader(auth);
		model.addAttribute("activities", activities.activities(reader));
		model.addAttribute("duplicates", activities.duplicates(reader));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ActivityForm(null, null, null, null, null, null, null, null));
		}
		List<Option> options = new ArrayList<>();
		options.add(new Option("", "Choose a board"));
		boards.boards().forEach(b -> options.add(new Option(b.slug(), b.name())));
		model.addAttribute("boardOptions", options);
		return "boards/activities";
	}

	@PostMapping("/activities")
	String log(@ModelAttribute("form") ActivityForm form, BindingResult binding, Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			activities.log(boards.reader(auth), form.toNew());
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return page(auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.activity.logged");
		return "redirect:/activities";
	}

	@PostMapping("/meetings/{id}/activity-report")
	String draftReport(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		try {
			activities.draftReport(boards.reader(auth), id);
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("saved", "boards.activity.noReport");
			return "redirect:/meetings/" + id;
		}
		redirect.addFlashAttribute("saved", "boards.activity.reportDrafted");
		return "redirect:/meetings/" + id;
	}
}
