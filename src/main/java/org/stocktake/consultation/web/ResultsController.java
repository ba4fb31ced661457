package org.stocktake.consultation.web;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.stocktake.consultation.Breakdown;
import org.stocktake.consultation.Breakdowns;
import org.stocktake.consultation.Consultations;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.consultation.ResultQuery;
import org.stocktake.consultation.Results;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.platform.web.TableDownload;
import org.stocktake.reporting.Reports;

/**
 * Aggregated results as a page, downloads and the API. The public reads them once a questionnaire's
 * results are published; officers at any time. Nothing here names a respondent or an authority.
 */
@Controller
class ResultsController {

	/** A questionnaire in the API's list. */
	record Summary(long id, String slug, String kind, String title, String status, Instant closesAt, boolean open, boolean resultsPublished,
			boolean demonstration) {
	}

	private final Consultations consultations;
	private final Breakdowns breakdowns;
	private final ResultsReport report;
	private final Reports reports;

	ResultsController(Consultations consultations, Breakdowns breakdowns, ResultsReport report, Reports reports) {
		this.consultations = consultations;
		this.breakdowns = breakdowns;
		this.report = report;
		this.reports = reports;
	}

	private Questionnaire withResults(String slugOrId, Authentication auth) {
		Questionnaire q = consultations.find(slugOrId).orElseThrow(() -> new NotFoundException("There is no consultation " + slugOrId));
		if (!ConsultationAccess.officer(auth) && !(q.published() && q.resultsPublished())) {
			throw new NotFoundException("The results of this consultation have not been published");
		}
		return q;
	}

	private static Breakdown.Dimension dimension(String by) {
		if (by == null || by.isBlank()) {
			return null;
		}
		return Breakdown.Dimension.parse(by).orElseThrow(() -> new BadRequestException("by", by, "Break results down by council_type, region or respondent_role"));
	}

	@GetMapping("/consultations/{slug}/results")
	String page(@PathVariable String slug, @RequestParam(required = false) String by, Authentication auth, Model model) {
		Questionnaire q = withResults(slug, auth);
		Breakdown.Dimension dimension = dimension(by);
		model.addAttribute("questionnaire", q);
		model.addAttribute("results", consultations.results(q.id(), ResultQuery.all()));
		model.addAttribute("by", dimension == null ? "" : dimension.name());
		model.addAttribute("breakdown", dimension == null ? null : breakdowns.breakdown(q.id(), dimension, ResultQuery.all()));
		model.addAttribute("dimensions", Breakdown.Dimension.values());
		return "consultation/results";
	}

	@GetMapping({ "/consultations/{slug}/results.csv", "/consultations/{slug}/results.xlsx" })
	void download(@PathVariable String slug, Authentication auth, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Questionnaire q = withResults(slug, auth);
		Results results = consultations.results(q.id(), ResultQuery.all());
		TableDownload.Format format = TableDownload.Format.of(request.getRequestURI().substring(request.getRequestURI().lastIndexOf('.') + 1));
		TableDownload.write(response, format, q.slug() + "-results",
				List.of("question_number", "question_key", "question", "type", "option", "count", "percentage", "answered", "mean", "suppressed"),
				sink -> {
					for (Results.QuestionResult r : results.questions()) {
						if (r.options().isEmpty()) {
							sink.row(java.util.Arrays.asList(r.number(), r.key(), r.text(), r.type().name(), null, null, null, r.answered(), r.mean(),
									r.suppressed()));
						}
						for (Results.OptionCount o : r.options()) {
							sink.row(java.util.Arrays.asList(r.number(), r.key(), r.text(), r.type().name(), o.label(), o.count(), o.percentage(),
									r.answered(), r.mean(), r.suppressed()));
						}
					}
				});
	}

	@GetMapping("/consultations/{slug}/results.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, Authentication auth) {
		Questionnaire q = withResults(slug, auth);
		return reports.download(report.summary(q, consultations.results(q.id(), ResultQuery.all())), Reports.Format.PDF, q.slug() + "-results");
	}

	@GetMapping("/api/v1/consultations")
	@ResponseBody
	Paged<Summary> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Authentication auth) {
		PageRequest request = PageRequest.of(page, size);
		boolean officer = ConsultationAccess.officer(auth);
		Instant now = consultations.now();
		List<Summary> all = new ArrayList<>();
		for (Questionnaire q : consultations.list()) {
			if (officer || q.published()) {
				all.add(new Summary(q.id(), q.slug(), q.kind().name(), q.title(), q.status().name(), q.closesAt(), q.openAt(now), q.resultsPublished(),
						q.demonstration()));
			}
		}
		int from = (int) Math.min(all.size(), request.offset());
		int to = Math.min(all.size(), from + request.size());
		return new Paged<>(all.subList(from, to), request.page(), request.size(), all.size());
	}

	@GetMapping("/api/v1/consultations/{id}/results")
	@ResponseBody
	Object results(@PathVariable String id, @RequestParam(required = false) String by, Authentication auth) {
		Questionnaire q = withResults(id, auth);
		Breakdown.Dimension dimension = dimension(by);
		if (dimension != null) {
			return breakdowns.breakdown(q.id(), dimension, ResultQuery.all());
		}
		return consultations.results(q.id(), ResultQuery.all());
	}
}
