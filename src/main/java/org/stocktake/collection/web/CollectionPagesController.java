package org.stocktake.collection.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.collection.Collection;
import org.stocktake.collection.Collections;
import org.stocktake.collection.Decision;
import org.stocktake.collection.Finding;
import org.stocktake.collection.Return;
import org.stocktake.collection.ReturnState;
import org.stocktake.collection.ValidationReport;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.UnprocessableException;
import org.stocktake.register.Register;

/** The council's return form, the officers' dashboard and review, and the list of collections. */
@Controller
class CollectionPagesController {

	private final Collections collections;
	private final Register register;

	CollectionPagesController(Collections collections, Register register) {
		this.collections = collections;
		this.register = register;
	}

	@GetMapping("/collections")
	String list(Authentication auth, Model model) {
		model.addAttribute("collections", collections.visibleTo(auth));
		model.addAttribute("officer", Collections.officer(auth));
		model.addAttribute("ownGss", register.ownAuthority(auth).map(a -> a.gssCode()).orElse(null));
		return "collection/collections";
	}

	@GetMapping("/collections/{id}")
	String dashboard(@PathVariable long id, Model model) {
		Collection c = collections.get(id);
		List<Collections.Status> statuses = collections.dashboard(id);
		Map<ReturnState, Long> counts = new LinkedHashMap<>();
		for (ReturnState s : ReturnState.values()) {
			counts.put(s, statuses.stream().filter(x -> x.state() == s).count());
		}
		model.addAttribute("collection", c);
		model.addAttribute("statuses", statuses);
		model.addAttribute("counts", counts);
		return "collection/dashboard";
	}

	@PostMapping("/collections/{id}/reminders")
	String remind(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("reminded", collections.remindNow(id));
		return "redirect:/collections/" + id;
	}

	@GetMapping("/collections/{id}/returns/{gss}")
	String returnPage(@PathVariable long id, @PathVariable String gss, Authentication auth, Model model) {
		Return r = collections.returnOf(id, gss, auth);
		return render(r, r.report(), Map.of(), null, auth, model);
	}

	/** The form: {@code value-<measure>}, {@code status-<measure>}, {@code note-<measure>}; {@code action} is save or submit. */
	@PostMapping("/collections/{id}/returns/{gss}")
	String save(@PathVariable long id, @PathVariable String gss, @RequestParam MultiValueMap<String, String> form, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Collection c = collections.get(id);
		List<Collections.Entry> entries = new ArrayList<>();
		for (String m : c.measures()) {
			if (form.containsKey("value-" + m)) {
				entries.add(new Collections.Entry(m, form.getFirst("value-" + m), form.getFirst("status-" + m), form.getFirst("note-" + m)));
			}
		}
		Collections.Saved saved = collections.saveDraft(id, gss, entries, auth);
		if (!saved.fieldErrors().isEmpty()) {
			Return r = collections.returnOf(id, gss, auth);
			return render(r, r.report(), saved.fieldErrors(), entries, auth, model);
		}
		if ("submit".equals(form.getFirst("action"))) {
			try {
				collections.submit(id, gss, auth);
				redirect.addFlashAttribute("done", "collection.return.submitted");
				return "redirect:/collections/" + id + "/returns/" + gss;
			}
			catch (UnprocessableException ex) {
				Return r = collections.returnOf(id, gss, auth);
				ValidationReport report = ex.properties().get("report") instanceof ValidationReport v ? v : r.report();
				model.addAttribute("submitProblem", ex.getMessage());
				return render(r, report, Map.of(), null, auth, model);
			}
		}
		redirect.addFlashAttribute("done", "collection.return.saved");
		return "redirect:/collections/" + id + "/returns/" + gss;
	}

	@PostMapping("/collections/{id}/returns/{gss}/upload")
	String upload(@PathVariable long id, @PathVariable String gss, @RequestParam(name = "file", required = false) MultipartFile file,
			Authentication auth, Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			Return r = collections.returnOf(id, gss, auth);
			model.addAttribute("uploadErrors", List.of("Select a CSV file"));
			return render(r, r.report(), Map.of(), null, auth, model);
		}
		try {
			collections.upload(id, gss, file.getBytes(), false, auth);
			redirect.addFlashAttribute("done", "collection.return.uploaded");
			return "redirect:/collections/" + id + "/returns/" + gss;
		}
		catch (UnprocessableException ex) {
			Return r = collections.returnOf(id, gss, auth);
			model.addAttribute("uploadErrors", ex.errors().stream()
				.map(e -> (e.row() == null ? "" : "Line " + e.row() + (e.column() == null ? "" : ", " + e.column()) + ": ") + e.message())
				.toList());
			return render(r, r.report(), Map.of(), null, auth, model);
		}
	}

	@PostMapping("/collections/{id}/returns/{gss}/review")
	String review(@PathVariable long id, @PathVariable String gss, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String comment, Authentication auth, Model model, RedirectAttributes redirect) {
		Decision d = null;
		if (decision != null && !decision.isBlank()) {
			try {
				d = Decision.valueOf(decision);
			}
			catch (IllegalArgumentException ex) {
				d = null;
			}
		}
		try {
			collections.review(id, gss, d, comment, auth);
		}
		catch (BadRequestException ex) {
			Return r = collections.returnOf(id, gss, auth);
			Map<String, String> reviewErrors = new LinkedHashMap<>();
			ex.errors().forEach(e -> reviewErrors.put(e.field(), e.message()));
			model.addAttribute("reviewErrors", reviewErrors);
			model.addAttribute("reviewDecision", decision);
			model.addAttribute("reviewComment", comment);
			return render(r, r.report(), Map.of(), null, auth, model);
		}
		redirect.addFlashAttribute("done", "collection.review.recorded");
		return "redirect:/collections/" + id + "/returns/" + gss;
	}

	/** One measure of the form with what is shown next to it. */
	record Field(String measure, String title, String unit, String value, String status, String note, String previous, List<String> errors,
			List<Finding> warnings) {

		public boolean hasWarnings() {
			return warnings.stream().anyMatch(w -> !w.explained());
		}
	}

	/** One line of the error summary: the message and the field it links to. */
	record SummaryItem(String message, String anchor) {
	}

	private String render(Return r, ValidationReport report, Map<String, String> fieldErrors, List<Collections.Entry> posted, Authentication auth,
			Model model) {
		Map<String, Collections.Entry> postedBy = new LinkedHashMap<>();
		if (posted != null) {
			posted.forEach(e -> postedBy.put(e.measure(), e));
		}
		List<Field> fields = new ArrayList<>();
		List<SummaryItem> summary = new ArrayList<>();
		for (Return.Item item : r.values()) {
			List<String> errors = new ArrayList<>();
			if (fieldErrors.containsKey(item.measure())) {
				errors.add(fieldErrors.get(item.measure()));
			}
			report.errors().stream().filter(f -> item.measure().equals(f.measure())).forEach(f -> errors.add(f.message()));
			List<Finding> warnings = report.warnings().stream().filter(f -> item.measure().equals(f.measure())).toList();
			errors.forEach(e -> summary.add(new SummaryItem(e, "value-" + item.measure())));
			warnings.stream().filter(w -> !w.explained()).forEach(w -> summary.add(new SummaryItem(w.message(), "note-" + item.measure())));
			Collections.Entry p = postedBy.get(item.measure());
			String previous = item.previousValue() != null ? item.previousValue().toPlainString() : item.previousMarker();
			fields.add(new Field(item.measure(), item.title(), item.unit(), p != null ? p.value() : item.text(),
					p != null ? p.status() : item.status(), p != null ? p.note() : item.note(), previous, errors, warnings));
		}
		report.errors().stream().filter(f -> f.measure() == null).forEach(f -> summary.add(new SummaryItem(f.message(), "values")));
		model.addAttribute("ret", r);
		model.addAttribute("fields", fields);
		model.addAttribute("summary", r.state().editable() ? summary : List.of());
		model.addAttribute("officer", Collections.officer(auth));
		model.addAttribute("editable", r.state().editable());
		model.addAttribute("reviewable", Collections.officer(auth) && r.state() == ReturnState.SUBMITTED);
		model.addAttribute("findings", report);
		model.addAttribute("decisions", Decision.values());
		return "collection/return";
	}
}
