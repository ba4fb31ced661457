package org.stocktake.performance.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.stocktake.performance.BoardReports;
import org.stocktake.performance.FinancialYear;
import org.stocktake.performance.Forms.ReportForm;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.reporting.Report;
import org.stocktake.reporting.Reports;

/** The board report as a page, a tagged PDF and a Word document from one {@link Report}; officers write its words. */
@Controller
class ReportController {

	private final BoardReports reports;
	private final Reports renderer;

	ReportController(BoardReports reports, Reports renderer) {
		this.reports = reports;
		this.renderer = renderer;
	}

	@GetMapping("/performance/reports/{year}/{quarter}")
	String page(@PathVariable String year, @PathVariable String quarter, Model model) {
		FinancialYear y = FinancialYear.parse(year, "year");
		int q = Paths.quarter(quarter);
		model.addAttribute("report", reports.build(y, q));
		model.addAttribute("year", y);
		model.addAttribute("quarter", q);
		return "performance/report";
	}

	@GetMapping("/api/v1/performance/reports/{year}/{quarter}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String year, @PathVariable String quarter) {
		return download(year, quarter, Reports.Format.PDF);
	}

	@GetMapping("/api/v1/performance/reports/{year}/{quarter}.docx")
	ResponseEntity<byte[]> docx(@PathVariable String year, @PathVariable String quarter) {
		return download(year, quarter, Reports.Format.DOCX);
	}

	private ResponseEntity<byte[]> download(String year, String quarter, Reports.Format format) {
		FinancialYear y = FinancialYear.parse(year, "year");
		int q = Paths.quarter(quarter);
		return renderer.download(reports.build(y, q), format, "performance-and-finance-" + y.path() + "-Q" + q);
	}

	@GetMapping("/performance/reports/{year}/{quarter}/edit")
	String edit(@PathVariable String year, @PathVariable String quarter, Model model) {
		FinancialYear y = FinancialYear.parse(year, "year");
		int q = Paths.quarter(quarter);
		model.addAttribute("year", y);
		model.addAttribute("quarter", q);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", reports.words(y, q));
		}
		return "performance/report-edit";
	}

	@PostMapping("/performance/reports/{year}/{quarter}/edit")
	String save(@PathVariable String year, @PathVariable String quarter, @ModelAttribute("form") ReportForm form, BindingResult binding,
			Model model) {
		FinancialYear y = FinancialYear.parse(year, "year");
		int q = Paths.quarter(quarter);
		try {
			reports.saveWords(y, q, form);
			return "redirect:/performance/reports/" + y.path() + "/Q" + q;
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return edit(year, quarter, model);
		}
	}
}
