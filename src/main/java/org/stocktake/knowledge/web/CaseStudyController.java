package org.stocktake.knowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.stocktake.knowledge.CaseStudies;
import org.stocktake.knowledge.CaseStudy;
import org.stocktake.knowledge.CaseStudyForm;
import org.stocktake.knowledge.CaseStudyHits;
import org.stocktake.knowledge.CaseStudySearch;
import org.stocktake.knowledge.SavingsBand;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;
import org.stocktake.platform.web.Option;

/** The library's pages: search with filters, a case study with those most like it, the submission form and moderation. */
@Controller
class CaseStudyController {


	private final CaseStudies library;
	private final MessageSource messages;

	CaseStudyController(CaseStudies library, MessageSource messages) {
		this.library = library;
		this.messages = messages;
	}

	static CaseStudySearch search(String q, String theme, String type, String region, String savingsBand, Integer year, String source, String sort) {
		AreaType areaType = null;
		if (type != null && !type.isBlank()) {
			areaType = AreaType.parse(type).orElseThrow(() -> new BadRequestException("type", type, "Unknown council type"));
		}
		Region r = null;
		if (region != null && !region.isBlank()) {
			r = Region.parse(region).orElseThrow(() -> new BadRequestException("region", region, "Unknown region"));
		}
		SavingsBand band = null;
		if (savingsBand != null && !savingsBand.isBlank()) {
			band = SavingsBand.parse(savingsBand).orElseThrow(() -> new BadRequestException("savingsBand", savingsBand,
					"savingsBand is one of " + Arrays.toString(SavingsBand.values())));
		}
		CaseStudySearch.Sort s = null;
		if (sort != null && !sort.isBlank()) {
			try {
				s = CaseStudySearch.Sort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("sort", sort, "sort is one of " + Arrays.toString(CaseStudySearch.Sort.values()));
			}
		}
		return new CaseStudySearch(q, theme, areaType, r, band, year, source, s);
	}

	@GetMapping("/case-studies")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String type, @RequestParam(required = false) String region,
			@RequestParam(required = false) String savingsBand, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Authentication auth, Model model) {
		CaseStudyHits hits = library.search(search(q, theme, type, region, savingsBand, year, null, sort), PageRequest.of(page, 20));
		model.addAttribute("hits", hits);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("theme", theme == null ? "" : theme);
		model.addAttribute("type", type == null ? "" : type.toUpperCase(Locale.ROOT));
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("savingsBand", savingsBand == null ? "" : savingsBand.toUpperCase(Locale.ROOT));
		model.addAttribute("year", year == null ? "" : year.toString());
		model.addAttribute("sort", sort == null ? "" : sort.toUpperCase(Locale.ROOT));
		model.addAttribute("themeOptions", options("knowledge.any", library.themes().stream().map(t -> new Option(t, t)).toList()));
		model.addAttribute("typeOptions", options("knowledge.any", Arrays.stream(AreaType.values()).filter(AreaType::principalCouncil)
			.map(t -> new Option(t.name(), msg(t.messageKey()))).toList()));
		model.addAttribute("regionOptions", options("knowledge.anyRegion", Arrays.stream(Region.values()).map(r -> new Option(r.code(), r.displayName())).toList()));
		model.addAttribute("bandOptions", options("knowledge.any", Arrays.stream(SavingsBand.values()).map(b -> new Option(b.name(), msg(b.messageKey()))).toList()));
		model.addAttribute("yearOptions", options("knowledge.any", library.years().stream().map(y -> new Option(y.toString(), y.toString())).toList()));
		model.addAttribute("sortOptions", options("knowledge.sort.default", Arrays.stream(CaseStudySearch.Sort.values())
			.map(s -> new Option(s.name(), msg("knowledge.sort." + s.name()))).toList()));
		model.addAttribute("reader", library.reader(auth));
		model.addAttribute("pageLinks", pageQuery(q, theme, type, region, savingsBand, year, sort));
		return "knowledge/case-studies";
	}

	@GetMapping("/case-studies/{id}")
	String show(@PathVariable long id, Authentication auth, Model model) {
		CaseStudies.Reader reader = library.reader(auth);
		CaseStudy study = library.get(reader, id);
		library.countView(study);
		model.addAttribute("study", study);
		model.addAttribute("usage", library.usage(study));
		model.addAttribute("similar", study.status().word().equals("published") ? library.moreLikeThis(study, 5) : List.of());
		model.addAttribute("reader", reader);
		model.addAttribute("mayEdit", library.mayEdit(reader, study));
		return "knowledge/case-study";
	}

	@GetMapping("/case-studies/new")
	String newForm(Authentication auth, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CaseStudyForm.empty());
		}
		return form(model, null, library.reader(auth));
	}

	@PostMapping("/case-studies/new")
	String create(@ModelAttribute("form") CaseStudyForm form, BindingResult binding, Authentication auth, Model model, RedirectAttributes redirect) {
		CaseStudies.Reader reader = library.reader(auth);
		try {
			CaseStudy saved = library.create(reader, form);
			redirect.addFlashAttribute("saved", reader.officer() ? "knowledge.cs.savedDraft" : "knowledge.cs.submitted");
			return "redirect:/case-studies/" + saved.id();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return form(model, null, reader);
		}
	}

	@GetMapping("/case-studies/{id}/edit")
	String editForm(@PathVariable long id, Authentication auth, Model model) {
		CaseStudies.Reader reader = library.reader(auth);
		CaseStudy s = library.get(reader, id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CaseStudyForm(s.title(), s.summary(), s.bodyHtml(), s.problem(), s.approach(), s.outcomes(),
					s.savings() == null ? "" : s.savings().toPlainString(), s.income() == null ? "" : s.income().toPlainString(),
					s.peopleHelped() == null ? "" : s.peopleHelped().toString(), s.themes(), String.join("\n", s.serviceAreas()),
					String.join("\n", s.councils().stream().map(CaseStudy.Council::gssCode).toList()), String.join("\n", s.measureIds()), s.contact(),
					s.source(), s.sourceUrl() == null ? "" : s.sourceUrl(), s.startedOn() == null ? "" : s.startedOn().toString(),
					s.publishedOn() == null ? "" : s.publishedOn().toString()));
		}
		return form(model, s, reader);
	}

	@PostMapping("/case-studies/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") CaseStudyForm form, BindingResult binding, Authentication auth, Model model,
			RedirectAttributes redirect) {
		CaseStudies.Reader reader = library.reader(auth);
		try {
			library.update(reader, id, form);
			redirect.addFlashAttribute("saved", "knowledge.cs.saved");
			return "redirect:/case-studies/" + id;
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return form(model, library.get(reader, id), reader);
		}
	}

	@PostMapping("/case-studies/{id}/publish")
	String publish(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		library.publish(library.reader(auth), id);
		redirect.addFlashAttribute("saved", "knowledge.cs.published");
		return "redirect:/case-studies/" + id;
	}

	@PostMapping("/case-studies/{id}/archive")
	String archive(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		library.archive(library.reader(auth), id);
		redirect.addFlashAttribute("saved", "knowledge.cs.archived");
		return "redirect:/case-studies/" + id;
	}

	@PostMapping("/case-studies/{id}/return")
	String returnToDraft(@PathVariable long id, @RequestParam(required = false) String note, Authentication auth, RedirectAttributes redirect) {
		library.returnToDraft(library.reader(auth), id, note);
		redirect.addFlashAttribute("saved", "knowledge.cs.returned");
		return "redirect:/case-studies/" + id;
	}

	@GetMapping("/case-studies/moderation")
	String moderation(Authentication auth, Model model) {
		model.addAttribute("awaiting", library.awaiting(library.reader(auth)));
		return "knowledge/moderation";
	}

	private String form(Model model, CaseStudy existing, CaseStudies.Reader reader) {
		model.addAttribute("existing", existing);
		model.addAttribute("reader", reader);
		model.addAttribute("themeChoices", library.themes());
		return "knowledge/case-study-form";
	}

	private List<Option> options(String anyKey, List<Option> rest) {
		List<Option> all = new ArrayList<>();
		all.add(new Option("", msg(anyKey)));
		all.addAll(rest);
		return all;
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static String pageQuery(String q, String theme, String type, String region, String band, Integer year, String sort) {
		org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder.fromPath("/case-studies");
		if (q != null && !q.isBlank()) {
			b.queryParam("q", q);
		}
		if (theme != null && !theme.isBlank()) {
			b.queryParam("theme", theme);
		}
		if (type != null && !type.isBlank()) {
			b.queryParam("type", type);
		}
		if (region != null && !region.isBlank()) {
			b.queryParam("region", region);
		}
		if (band != null && !band.isBlank()) {
			b.queryParam("savingsBand", band);
		}
		if (year != null) {
			b.queryParam("year", year);
		}
		if (sort != null && !sort.isBlank()) {
			b.queryParam("sort", sort);
		}
		return b.encode().build().toUriString();
	}
}
