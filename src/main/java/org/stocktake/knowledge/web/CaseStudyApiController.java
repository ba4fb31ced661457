package org.stocktake.knowledge.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.knowledge.CaseStudies;
import org.stocktake.knowledge.CaseStudy;
import org.stocktake.knowledge.CaseStudyForm;
import org.stocktake.knowledge.CaseStudyHits;
import org.stocktake.platform.web.PageRequest;

@RestController
@Tag(name = "Case studies", description = "The good-practice library: published case studies, searched with ranking, typo tolerance and highlighting")
class CaseStudyApiController {

	private final CaseStudies library;

	CaseStudyApiController(CaseStudies library) {
		this.library = library;
	}

	record HitJson(long id, String title, String titleHighlighted, String summaryHighlighted, List<String> themes, List<String> regions,
			BigDecimal savings, LocalDate publishedOn, String source, double rank) {
		static HitJson of(CaseStudyHits.Hit h) {
			return new HitJson(h.id(), h.title(), h.titleHtml(), h.summaryHtml(), h.themes(), h.regions(), h.savings(), h.publishedOn(), h.source(),
					h.rank());
		}
	}

	record HitsJson(List<HitJson> items, int page, int size, long totalItems, String query, String correctedQuery) {
	}

	record CouncilJson(String gssCode, String name) {
	}

	record CaseStudyJson(long id, String title, String summary, String body, String problem, String approach, String outcomes, BigDecimal savings,
			BigDecimal income, Integer peopleHelped, List<String> themes, List<String> serviceAreas, List<CouncilJson> councils,
			List<String> measures, String contact, String source, String sourceUrl, LocalDate startedOn, LocalDate publishedOn, String status,
			List<HitJson> moreLikeThis) {
		static CaseStudyJson of(CaseStudy c, List<CaseStudyHits.Hit> similar) {
			return new CaseStudyJson(c.id(), c.title(), c.summary(), c.bodyHtml(), c.problem(), c.approach(), c.outcomes(), c.savings(), c.income(),
					c.peopleHelped(), c.themes(), c.serviceAreas(), c.councils().stream().map(a -> new CouncilJson(a.gssCode(), a.name())).toList(),
					c.measureIds(), c.contact(), c.source(), c.sourceUrl(), c.startedOn(), c.publishedOn(), c.status().word(),
					similar.stream().map(HitJson::of).toList());
		}
	}

	record NewCaseStudyJson(String title, String summary, String body, String problem, String approach, String outcomes, BigDecimal savings,
			BigDecimal income, Integer peopleHelped, List<String> themes, List<String> serviceAreas, List<String> councils, List<String> measures,
			String contact, String source, String sourceUrl, LocalDate startedOn, LocalDate publishedOn) {
		CaseStudyForm form() {
			return new CaseStudyForm(title, summary, body, problem, approach, outcomes, text(savings), text(income),
					peopleHelped == null ? "" : peopleHelped.toString(), themes == null ? List.of() : themes, join(serviceAreas), join(councils),
					join(measures), contact, source, sourceUrl, startedOn == null ? "" : startedOn.toString(),
					publishedOn == null ? "" : publishedOn.toString());
		}

		private static String text(BigDecimal v) {
			return v == null ? "" : v.toPlainString();
		}

		private static String join(List<String> v) {
			return v == null ? "" : String.join(";", v);
		}
	}

	@GetMapping("/api/v1/case-studies")
	@Operation(summary = "Searches published case studies: q (words; misspellings corrected), theme, type (council type), region (ONS code), "
			+ "savingsBand, year, source, sort (RELEVANCE, NEWEST, OLDEST, TITLE, SAVINGS), page, size")
	HitsJson search(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String type, @RequestParam(required = false) String region,
			@RequestParam(required = false) String savingsBand, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String source, @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		CaseStudyHits hits = library.search(CaseStudyController.search(q, theme, type, region, savingsBand, year, source, sort), PageRequest.of(page, size));
		return new HitsJson(hits.page().items().stream().map(HitJson::of).toList(), hits.page().page(), hits.page().size(), hits.page().totalItems(),
				hits.query(), hits.correctedQuery());
	}

	@GetMapping("/api/v1/case-studies/{id}")
	@Operation(summary = "One case study with the five most like it; counts one opening for its usage figures")
	CaseStudyJson get(@PathVariable long id, Authentication auth) {
		CaseStudy study = library.get(library.reader(auth), id);
		library.countView(study);
		return CaseStudyJson.of(study, study.status().word().equals("published") ? library.moreLikeThis(study, 5) : List.of());
	}

	@PostMapping("/api/v1/case-studies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A council submits a case study for moderation; an officer's new case study is a draft")
	CaseStudyJson create(@RequestBody NewCaseStudyJson body, Authentication auth) {
		return CaseStudyJson.of(library.create(library.reader(auth), body.form()), List.of());
	}

	@PostMapping("/api/v1/case-studies/{id}/publish")
	@Operation(summary = "An officer publishes a case study")
	CaseStudyJson publish(@PathVariable long id, Authentication auth) {
		return CaseStudyJson.of(library.publish(library.reader(auth), id), List.of());
	}

}
