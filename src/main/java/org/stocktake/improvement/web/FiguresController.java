package org.stocktake.improvement.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.stocktake.improvement.Figures;
import org.stocktake.improvement.ImprovementFigures;
import org.stocktake.platform.web.CsvDownload;

import tools.jackson.databind.json.JsonMapper;

/** The boards' figures: a page with charts and the same figures as tables, a CSV and JSON. */
@Controller
class FiguresController {

	static final List<String> CSV_HEADER = List.of("financial_year", "figure", "key", "label", "value");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImprovementFigures figures;

	FiguresController(ImprovementFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/peer-challenges/figures")
	String page(@RequestParam(required = false) String year, Model model) {
		Figures f = figures.of(year);
		model.addAttribute("f", f);
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("quarters", f.byQuarter().stream().map(Figures.Row::label).toList());
		chart.put("delivered", f.byQuarter().stream().map(Figures.Row::value).toList());
		chart.put("products", f.byProduct().stream().map(Figures.Row::label).toList());
		chart.put("byProduct", f.byProduct().stream().map(Figures.Row::value).toList());
		chart.put("targetPerQuarter", f.target() / 4.0);
		model.addAttribute("chartJson", JSON.writeValueAsString(chart).replace("</", "<\\/"));
		return "improvement/figures";
	}

	@GetMapping("/api/v1/peer-challenges/figures")
	@ResponseBody
	Figures json(@RequestParam(required = false) String year) {
		return figures.of(year);
	}

	@GetMapping("/peer-challenges/figures.csv")
	void csv(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
		Figures f = figures.of(year);
		CsvDownload.write(response, "improvement-figures-" + f.financialYear().replace('/', '-') + ".csv", CSV_HEADER, out -> {
			String fy = f.financialYear();
			out.printRecord(fy, "delivered", "", "", f.delivered());
			out.printRecord(fy, "target", "", "", f.target());
			for (Figures.Row r : f.byQuarter()) {
				out.printRecord(fy, "delivered_by_quarter", r.key(), r.label(), r.value());
			}
			rows(out, fy, "delivered_by_product", f.byProduct());
			rows(out, fy, "delivered_by_region", f.byRegion());
			rows(out, fy, "delivered_by_type", f.byType());
			rows(out, fy, "delivered_by_financial_year", f.byYear());
			out.printRecord(fy, "corporate_peer_challenge_coverage_4_years", "covered", "", f.corporateCoverage().covered().size());
			out.printRecord(fy, "corporate_peer_challenge_coverage_4_years", "authorities", "", f.corporateCoverage().authorities());
			out.printRecord(fy, "fire_peer_challenge_coverage_3_years", "covered", "", f.fireCoverage().covered().size());
			out.printRecord(fy, "fire_peer_challenge_coverage_3_years", "authorities", "", f.fireCoverage().authorities());
			out.printRecord(fy, "reports_published", "published", "", f.publication().of());
			out.printRecord(fy, "reports_published", "reports_agreed", "", f.publication().among());
			out.printRecord(fy, "action_plans", "received", "", f.actionPlans().of());
			out.printRecord(fy, "action_plans", "published_or_declined", "", f.actionPlans().among());
			out.printRecord(fy, "peer_days", "", "", f.peerDays());
			rows(out, fy, "peer_days_by_authority", f.peerDaysByAuthority());
			rows(out, fy, "authorities_supported_by_type", f.supportByType());
			out.printRecord(fy, "support_savings_gbp", "", "", f.supportSavingsGbp());
		});
	}

	private static void rows(org.apache.commons.csv.CSVPrinter out, String fy, String figure, List<Figures.Row> rows) throws IOException {
		for (Figures.Row r : rows) {
			out.printRecord(fy, figure, r.key(), r.label(), r.value());
		}
	}
}
