package org.stocktake.improvement.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.improvement.Coverage;
import org.stocktake.improvement.PeerChallenges;
import org.stocktake.improvement.Product;
import org.stocktake.platform.web.CsvDownload;

/** Coverage for officers: which authorities had a product delivered in the last years, as a page and as CSV. */
@Controller
class CoverageController {

	static final List<String> CSV_HEADER = List.of("gss_code", "name", "type", "covered", "latest_visit", "challenge_id");

	private final PeerChallenges challenges;

	CoverageController(PeerChallenges challenges) {
		this.challenges = challenges;
	}

	@GetMapping("/peer-challenges/coverage")
	String page(@RequestParam(defaultValue = "4") int years, @RequestParam(defaultValue = Product.CORPORATE_PEER_CHALLENGE) String product,
			Model model) {
		Coverage coverage = challenges.coverage(years, product);
		model.addAttribute("coverage", coverage);
		model.addAttribute("product", challenges.product(coverage.product()).orElseThrow());
		model.addAttribute("products", challenges.offer());
		return "improvement/coverage";
	}

	@GetMapping("/peer-challenges/coverage.csv")
	void csv(@RequestParam(defaultValue = "4") int years, @RequestParam(defaultValue = Product.CORPORATE_PEER_CHALLENGE) String product,
			HttpServletResponse response) throws IOException {
		Coverage coverage = challenges.coverage(years, product);
		List<Coverage.Entry> all = new ArrayList<>(coverage.covered());
		all.addAll(coverage.notCovered());
		all.sort(java.util.Comparator.comparing(Coverage.Entry::name));
		CsvDownload.write(response, coverage.product() + "-coverage-" + years + "-years.csv", CSV_HEADER, out -> {
			for (Coverage.Entry e : all) {
				out.printRecord(e.gssCode(), e.name(), e.type(), e.latestVisit() != null, e.latestVisit(), e.challengeId());
			}
		});
	}
}
