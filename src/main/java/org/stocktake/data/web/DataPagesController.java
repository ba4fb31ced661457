package org.stocktake.data.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.stocktake.data.AreaProfile;
import org.stocktake.data.Benchmark;
import org.stocktake.data.Benchmarks;
import org.stocktake.data.Measure;
import org.stocktake.data.Measures;
import org.stocktake.data.Neighbours;
import org.stocktake.data.internal.ComparatorGroups;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.register.AreaGroup;
import org.stocktake.register.Register;

/** The catalogue, a measure's comparison page with its chart and table, and an area's data profile. */
@Controller
class DataPagesController {

	private final Measures measures;
	private final Benchmarks benchmarks;
	private final Register register;
	private final JsonMapper json;

	private final Neighbours neighbours;

	DataPagesController(Measures measures, Benchmarks benchmarks, Register register, JsonMapper json, Neighbours neighbours) {
		this.neighbours = neighbours;
		this.measures = measures;
		this.benchmarks = benchmarks;
		this.register = register;
		this.json = json;
	}

	@GetMapping("/data")
	String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) Integer page, Authentication auth, Model model) {
		boolean signedIn = Viewer.signedIn(auth);
		model.addAttribute("q", q);
		model.addAttribute("theme", theme);
		model.addAttribute("themes", measures.themes(signedIn));
		model.addAttribute("results", measures.search(q, theme, signedIn, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
		model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/data").queryParamIfPresent("q", java.util.Optional.ofNullable(q))
			.queryParamIfPresent("theme", java.util.Optional.ofNullable(theme)).build().encode().toUriString());
		return "data/catalogue";
	}

	@GetMapping("/data/measures/{id}")
	String measure(@PathVariable String id, @RequestParam(required = false) String period, @RequestParam(required = false) String area,
			@RequestParam(required = false) String group, Authentication auth, Model model) {
		Measure measure = measures.get(id, Viewer.signedIn(auth));
		List<String> periods = benchmarks.periods(measure);
		model.addAttribute("measure", measure);
		model.addAttribute("periods", periods);
		model.addAttribute("groups", groupOptions());
		model.addAttribute("areas", register.all().stream().filter(a -> measure.appliesTo(a.type()) && a.current()).toList());
		if (!periods.isEmpty()) {
			Benchmark b = benchmarks.compare(measure, period, area, group);
			model.addAttribute("b", b);
			model.addAttribute("chartJson", chartJson(b));
			model.addAttribute("csvUrl", UriComponentsBuilder.fromPath("/api/v1/values").queryParam("measure", measure.id())
				.queryParam("period", b.period()).queryParam("group", b.group()).queryParamIfPresent("area", java.util.Optional.ofNullable(b.area()))
				.queryParam("format", "csv").build().encode().toUriString());
		}
		return "data/measure";
	}

	@GetMapping("/areas/{gssCode}/data")
	String profile(@PathVariable String gssCode, @RequestParam(required = false) String theme, @RequestParam(required = false) String group,
			Authentication auth, Model model) {
		boolean signedIn = Viewer.signedIn(auth);
		AreaProfile profile = benchmarks.profile(gssCode, theme, group, signedIn);
		model.addAttribute("profile", profile);
		model.addAttribute("area", register.get(gssCode));
		model.addAttribute("themes", measures.themes(signedIn));
		model.addAttribute("groups", groupOptions());
		return "data/area-profile";
	}

	/** The standard groups, the neighbour models, then the register's groups, as value → label for a select. */
	private Map<String, String> groupOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		ComparatorGroups.STANDARD.forEach(g -> options.put(g, null));
		neighbours.models().forEach(m -> options.put(m.id(), m.name()));
		for (AreaGroup.Kind kind : AreaGroup.Kind.values()) {
			register.groups(kind).forEach(g -> options.put(g.id(), g.name()));
		}
		return options;
	}

	/** The chart's data for the external script: members in ranked order, the chosen area flagged. */
	private String chartJson(Benchmark b) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("names", b.members().stream().map(Benchmark.Member::name).toList());
		data.put("values", b.members().stream().map(Benchmark.Member::value).toList());
		data.put("highlight", b.members().stream().map(m -> m.gssCode().equals(b.area())).toList());
		data.put("mean", b.mean());
		data.put("title", b.measureTitle() + ", " + b.period());
		return json.writeValueAsString(data).replace("</", "<\\/");
	}
}
