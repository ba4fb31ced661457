package org.stocktake.knowledge.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.stocktake.knowledge.SharedService;
import org.stocktake.knowledge.SharedServices;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.TableDownload;
import org.stocktake.register.Region;
import org.stocktake.platform.web.Option;

import tools.jackson.databind.json.JsonMapper;

/** Shared services as a page (map and list from one selection), as the map's data, and as CSV or XLSX. */
@Controller
@Tag(name = "Shared services", description = "Arrangements between authorities sharing a service")
class SharedServiceController {


	/** What the map draws: each partner authority once, at its centroid, and a line between the partners of each arrangement. */
	record MapJson(int count, BigDecimal annualSavings, List<PointJson> points, List<LinkJson> links, List<String> unplaced) {
	}

	record PointJson(String gssCode, String name, double latitude, double longitude, List<String> arrangements) {
	}

	record LinkJson(String reference, String service, String from, String to, double[] fromLonLat, double[] toLonLat) {
	}

	private final SharedServices shared;
	private final JsonMapper json;
	private final org.springframework.context.MessageSource messages;

	SharedServiceController(SharedServices shared, JsonMapper json, org.springframework.context.MessageSource messages) {
		this.shared = shared;
		this.json = json;
		this.messages = messages;
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	static SharedServices.Filter filter(String q, String region, String status) {
		Region r = null;
		if (region != null && !region.isBlank()) {
			r = Region.parse(region).orElseThrow(() -> new BadRequestException("region", region, "Unknown region"));
		}
		SharedService.Status s = null;
		if (status != null && !status.isBlank()) {
			try {
				s = SharedService.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("status", status, "status is PLANNED, ACTIVE or ENDED");
			}
		}
		return new SharedServices.Filter(q, r, s);
	}

	@GetMapping("/shared-services")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, Model model) {
		SharedServices.Filter filter = filter(q, region, status);
		SharedServices.Selection selection = shared.select(filter);
		model.addAttribute("selection", selection);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("status", status == null ? "" : status.toUpperCase(Locale.ROOT));
		List<Option> regions = new ArrayList<>(List.of(new Option("", msg("knowledge.anyRegion"))));
		Arrays.stream(Region.values()).forEach(r -> regions.add(new Option(r.code(), r.displayName())));
		List<Option> statuses = new ArrayList<>(List.of(new Option("", msg("knowledge.shared.anyStatus"))));
		Arrays.stream(SharedService.Status.values()).forEach(s -> statuses.add(new Option(s.name(), msg("knowledge.shared.status." + s.name()))));
		model.addAttribute("regionOptions", regions);
		model.addAttribute("statusOptions", statuses);
		model.addAttribute("mapJson", json.writeValueAsString(map(selection)));
		model.addAttribute("query", query(q, region, status));
		return "knowledge/shared-services";
	}

	@GetMapping(path = "/shared-services/map.json", produces = "application/json")
	@ResponseBody
	@Operation(summary = "What the map draws for a filter: partner authorities at their centroids and the links between partners")
	MapJson mapData(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status) {
		return map(shared.select(filter(q, region, status)));
	}

	@GetMapping({ "/shared-services.{format}" })
	void download(@PathVariable String format, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
		SharedServices.Selection selection = shared.select(filter(q, region, status));
		TableDownload.write(response, TableDownload.Format.of(format), "shared-services", SharedServices.fileHeader(), sink -> {
			for (SharedService s : selection.arrangements()) {
				sink.row(Arrays.asList(s.reference(), s.service(), String.join(";", s.partners().stream().map(SharedService.Partner::gssCode).toList()),
						s.lead() == null ? null : s.lead().gssCode(), s.startDate() == null ? null : s.startDate().toString(), s.annualSavings(),
						s.status().name(), s.description(), s.source()));
			}
		});
	}

	static MapJson map(SharedServices.Selection selection) {
		Map<String, PointJson> points = new LinkedHashMap<>();
		List<LinkJson> links = new ArrayList<>();
		// partners the register file gives no centroid (former authorities such as Forest Heath) are named, not drawn
		java.util.Set<String> unplaced = new java.util.LinkedHashSet<>();
		for (SharedService s : selection.arrangements()) {
			s.partners().stream().filter(p -> p.latitude() == null).forEach(p -> unplaced.add(p.gssCode()));
			List<SharedService.Partner> placed = s.partners().stream().filter(p -> p.latitude() != null).toList();
			for (SharedService.Partner p : placed) {
				points.computeIfAbsent(p.gssCode(), g -> new PointJson(g, p.name(), p.latitude(), p.longitude(), new ArrayList<>()))
					.arrangements().add(s.reference());
			}
			// a star from the lead (or the first partner) shows who works with whom without a line between every pair
			SharedService.Partner hub = s.lead() != null && s.lead().latitude() != null ? s.lead() : placed.isEmpty() ? null : placed.get(0);
			for (SharedService.Partner p : placed) {
				if (hub != null && !p.gssCode().equals(hub.gssCode())) {
					links.add(new LinkJson(s.reference(), s.service(), hub.gssCode(), p.gssCode(), new double[] { hub.longitude(), hub.latitude() },
							new double[] { p.longitude(), p.latitude() }));
				}
			}
		}
		return new MapJson(selection.count(), selection.annualSavings(), List.copyOf(points.values()), links, List.copyOf(unplaced));
	}

	private static String query(String q, String region, String status) {
		org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder.newInstance();
		if (q != null && !q.isBlank()) {
			b.queryParam("q", q);
		}
		if (region != null && !region.isBlank()) {
			b.queryParam("region", region);
		}
		if (status != null && !status.isBlank()) {
			b.queryParam("status", status);
		}
		return b.encode().build().toUriString();
	}

}
