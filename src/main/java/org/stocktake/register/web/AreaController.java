package org.stocktake.register.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.platform.web.CsvDownload;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Area;
import org.stocktake.register.AreaSection;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/** Finding an authority and its page. */
@Controller
class AreaController {

	static final List<String> CSV_HEADER = List.of("gss_code", "name", "official_name", "type", "region", "region_name", "current",
			"parent_gss_code", "start_date", "end_date", "successor_gss_codes", "former_gss_codes", "local_authority_code");

	private final Register register;
	private final List<AreaSection> sections;

	AreaController(Register register, List<AreaSection> sections) {
		this.register = register;
		this.sections = sections.stream().sorted(Comparator.comparingInt(AreaSection::order)).toList();
	}

	@GetMapping("/areas")
	String search(AreaFilters filters, @RequestParam(required = false) Integer page, Model model) {
		Paged<Area> results = register.search(filters.toSearch(), PageRequest.of(page, PageRequest.DEFAULT_SIZE));
		model.addAttribute("filters", filters);
		model.addAttribute("results", results);
		model.addAttribute("types", AreaType.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("pageUrl", filters.queryString("/areas"));
		model.addAttribute("csvUrl", filters.queryString("/areas.csv"));
		return "register/areas";
	}

	@GetMapping("/areas.csv")
	void download(AreaFilters filters, HttpServletResponse response) throws IOException {
		Paged<Area> all = register.search(filters.toSearch(), new PageRequest(0, PageRequest.MAX_SIZE));
		CsvDownload.write(response, "areas.csv", CSV_HEADER, printer -> {
			for (Area a : all.items()) {
				printer.printRecord(a.gssCode(), a.name(), a.officialName(), a.type().name(), a.region().code(), a.region().displayName(),
						a.current(), a.parentGssCode(), a.startDate(), a.endDate(), String.join(" ", a.successorGssCodes()),
						String.join(" ", a.formerGssCodes()), a.code());
			}
		});
	}

	@GetMapping("/areas/{gssCode}")
	String area(@PathVariable String gssCode, Model model) {
		Area area = register.get(gssCode);
		if (!area.gssCode().equalsIgnoreCase(gssCode)) {
			return "redirect:/areas/" + area.gssCode();
		}
		model.addAttribute("area", area);
		model.addAttribute("parent", area.parentCode() == null ? null : register.byCode(area.parentCode()).orElse(null));
		model.addAttribute("children", register.children(area));
		model.addAttribute("groups", register.groupsOf(area));
		model.addAttribute("successors", area.successorGssCodes().stream().map(register::get).toList());
		model.addAttribute("predecessors", area.predecessorGssCodes().stream().map(register::get).toList());
		model.addAttribute("sections", sections.stream().map(s -> s.render(area)).flatMap(java.util.Optional::stream).toList());
		return "register/area";
	}

}
