package org.stocktake.data.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
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
import org.stocktake.data.Measures;
import org.stocktake.data.Neighbours;
import org.stocktake.data.SavedReport;
import org.stocktake.data.SavedReportView;
import org.stocktake.data.SavedReports;
import org.stocktake.data.internal.ComparatorGroups;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.Option;
import org.stocktake.platform.web.UnprocessableException;
import org.stocktake.register.Area;
import org.stocktake.register.Register;
import org.stocktake.reporting.Report;
import org.stocktake.reporting.Reports;

/** Saved reports: the list, officers' form, and a report for any council as a page (with a spider chart), PDF or Word. */
@Controller
class SavedReportController {

	private final SavedReports reports;
	private final Measures measures;
	private final Neighbours neighbours;
	private final Register register;
	private final Reports renderer;
	private final JsonMapper json;
	private final java.time.Clock clock;

	SavedReportController(SavedReports reports, Measures measures, Neighbours neighbours, Register register, Reports renderer, JsonMapper json,
			java.time.Clock clock) {
		this.clock = clock;
		this.reports = reports;
		this.measures = measures;
		this.neighbours = neighbours;
		this.register = register;
		this.renderer = renderer;
		this.json = json;
	}

	/** The officer's form; {@code measures} are the ticked measure ids. */
	public static class ReportForm {
		private String name;
		private String description;
		private String group = "type";
		private List<String> measures = new ArrayList<>();

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getGroup() {
			return group;
		}

		public void setGroup(String group) {
			this.group = group;
		}

		public List<String> getMeasures() {
			return measures;
		}

		public void setMeasures(List<String> measures) {
			this.measures = measures;
		}
	}

	@GetMapping("/data/reports")
	String list(Model model) {
		model.addAttribute("reports", reports.all());
		return "data/reports";
	}

	@GetMapping("/data/reports/new")
	String form(Model model) {
		model.addAttribute("form", new ReportForm());
		return formPage(model);
	}

	private String formPage(Model model) {
		model.addAttribute("allMeasures", measures.all(true));
		List<Option> groups = new ArrayList<>();
		ComparatorGroups.STANDARD.forEach(g -> groups.add(new Option(g, null)));
		neighbours.models().forEach(m -> groups.add(new Option(m.id(), m.name())));
		model.addAttribute("groupOptions", groups);
		return "data/report-form";
	}

	@PostMapping("/data/reports")
	String create(@ModelAttribute("form") ReportForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			SavedReport report = reports.create(form.getName(), form.getDescription(), form.getGroup(), form.getMeasures());
			redirect.addFlashAttribute("saved", report.name());
			return "redirect:/data/reports/" + report.id();
		}
		catch (UnprocessableException ex) {
			FormErrors.reject(binding, ex);
			return formPage(model);
		}
	}

	@PostMapping("/data/reports/{id}/delete")
	String delete(@PathVariable long id) {
		reports.delete(id);
		return "redirect:/data/reports";
	}

	@GetMapping("/data/reports/{id}")
	String report(@PathVariable long id, @RequestParam(required = false) String area, Authentication auth, Model model) {
		SavedReport report = reports.get(id);
		model.addAttribute("report", report);
		List<Option> areas = new ArrayList<>();
		areas.add(new Option("", "—"));
		register.all()
			.stream()
			.filter(a -> a.current() && a.type().principalCouncil())
			.sorted(java.util.Comparator.comparing(Area::name))
			.forEach(a -> areas.add(new Option(a.gssCode(), a.name())));
		model.addAttribute("areaOptions", areas);
		if (area != null && !area.isBlank()) {
			SavedReportView view = reports.render(id, area, Viewer.signedIn(auth));
			model.addAttribute("view", view);
			model.addAttribute("chartJson", chartJson(view));
		}
		return "data/report";
	}

	@GetMapping({ "/data/reports/{id}/{gssCode}.pdf", "/data/reports/{id}/{gssCode}.docx" })
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String gssCode, Authentication auth,
			jakarta.servlet.http.HttpServletRequest request) {
		SavedReportView view = reports.render(id, gssCode, Viewer.signedIn(auth));
		Reports.Format format = request.getRequestURI().endsWith(".docx") ? Reports.Format.DOCX : Reports.Format.PDF;
		return renderer.download(document(view, java.time.LocalDate.now(clock)), format, "report-" + id + "-" + gssCode);
	}

	private static Report document(SavedReportView view, java.time.LocalDate issued) {
		List<List<String>> rows = new ArrayList<>();
		for (SavedReportView.Row r : view.rows()) {
			rows.add(List.of(r.title(), r.period() == null ? "" : r.period(), value(r), r.rank() == null ? "" : r.rank() + " of " + r.count(),
					r.quartile() == null ? "" : r.quartile().toString(), r.percentile() == null ? "" : String.format(java.util.Locale.UK, "%.0f", r.percentile()),
					r.direction().trend().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)));
		}
		return Report.titled(view.report().name() + ": " + view.areaName())
			.issued(issued)
			.subtitle("Compared with " + (view.groupName() == null ? view.report().group() : view.groupName()))
			.paragraph(view.report().description())
			.table(view.report().name() + " for " + view.areaName(),
					List.of(Report.Column.text("Measure"), Report.Column.text("Period"), Report.Column.number("Value"), Report.Column.text("Rank"),
							Report.Column.number("Quartile"), Report.Column.number("Percentile (100 = best)"), Report.Column.text("Direction of travel")),
					rows)
			.paragraph("Rank 1 is the best by each measure's polarity; the percentile places the council within the group (100 = best). "
					+ "Suppressed or missing values are shown as their source's marker, never as zero.")
			.build();
	}

	private static String value(SavedReportView.Row r) {
		if (r.value() != null) {
			return r.value().setScale(r.decimalPlaces(), java.math.RoundingMode.HALF_UP).toPlainString();
		}
		return r.marker() == null ? "no value" : r.marker();
	}

	/** The spider chart's data: one axis per measure with a percentile, 0–100. */
	private String chartJson(SavedReportView view) {
		Map<String, Object> data = new LinkedHashMap<>();
		List<Map<String, Object>> axes = new ArrayList<>();
		List<Double> percentiles = new ArrayList<>();
		for (SavedReportView.Row r : view.rows()) {
			if (r.percentile() != null) {
				axes.add(Map.of("name", r.title(), "max", 100));
				percentiles.add(r.percentile());
			}
		}
		data.put("indicators", axes);
		data.put("values", percentiles);
		data.put("name", view.areaName());
		return json.writeValueAsString(data).replace("</", "<\\/");
	}
}
