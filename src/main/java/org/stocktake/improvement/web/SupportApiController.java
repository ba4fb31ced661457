package org.stocktake.improvement.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.improvement.ApplicationRound;
import org.stocktake.improvement.ApplicationRounds;
import org.stocktake.improvement.NewSupportEngagement;
import org.stocktake.improvement.SupportEngagement;
import org.stocktake.improvement.SupportEngagements;
import org.stocktake.improvement.SupportType;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

@RestController
@Tag(name = "Support and funded programmes", description = "Support engagements with authorities and application rounds for funded programmes (officers)")
class SupportApiController {

	private final SupportEngagements engagements;
	private final ApplicationRounds rounds;
	private final Register register;

	SupportApiController(SupportEngagements engagements, ApplicationRounds rounds, Register register) {
		this.engagements = engagements;
		this.rounds = rounds;
		this.register = register;
	}

	@GetMapping("/api/v1/support-engagements")
	@Operation(summary = "Support engagements, newest first (officers)",
			description = "Filters: type (e.g. PRODUCTIVITY_EXPERT), area (GSS code), year (calendar year the engagement was active in).")
	Paged<SupportEngagement> list(@RequestParam(required = false) String type, @RequestParam(required = false) String area,
			@RequestParam(required = false) String year, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return engagements.list(type(type), area(area), year(year), PageRequest.of(page, size));
	}

	@PostMapping("/api/v1/support-engagements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a support engagement (officers)",
			description = "Body: area (GSS code), type, adviser, startDate, endDate, outcome, savingsGbp, challenge (the peer challenge it follows up).")
	SupportEngagement record(@RequestBody NewSupportEngagement body) {
		return engagements.record(body);
	}

	@GetMapping("/api/v1/support-engagements/authorities")
	@Operation(summary = "Distinct authorities supported, by type of support (officers)",
			description = "Engagements active between from and to (YYYY-MM-DD, both optional); `all` counts each authority once over every type.")
	Map<String, Object> authorities(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		LocalDate f = date("from", from);
		LocalDate t = date("to", to);
		Map<String, Integer> byType = new LinkedHashMap<>();
		Map<SupportType, Integer> counts = engagements.authoritiesByType(f, t);
		counts.forEach((k, v) -> {
			if (k != null) {
				byType.put(k.name(), v);
			}
		});
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("from", f);
		out.put("to", t);
		out.put("byType", byType);
		out.put("all", counts.get(null));
		out.put("savingsGbp", engagements.savings(f, t));
		return out;
	}

	@GetMapping("/api/v1/application-rounds")
	@Operation(summary = "Application rounds for funded programmes, with the figures reported and those the recorded bids add up to (officers)")
	Paged<ApplicationRound> rounds(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return rounds.list(PageRequest.of(page, size));
	}

	@PostMapping("/api/v1/application-rounds")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open an application round (officers)",
			description = "Body: programme, name, openedOn, closedOn, awardedOn, and as reported (optional): bidsReceived, authoritiesInBids, awards, "
					+ "authoritiesInAwards, source.")
	ApplicationRound open(@RequestBody ApplicationRound.NewRound body) {
		return rounds.open(body);
	}

	@GetMapping("/api/v1/application-rounds/{id}")
	@Operation(summary = "An application round (officers)")
	ApplicationRound round(@PathVariable long id) {
		return rounds.get(id);
	}

	@GetMapping("/api/v1/application-rounds/{id}/bids")
	@Operation(summary = "The bids of a round (officers)")
	List<ApplicationRound.Bid> bids(@PathVariable long id) {
		return rounds.bids(id);
	}

	@PostMapping("/api/v1/application-rounds/{id}/bids")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a bid received (officers)", description = "Body: lead (GSS code), partners (GSS codes), title.")
	ApplicationRound.Bid bid(@PathVariable long id, @RequestBody ApplicationRound.NewBid body) {
		return rounds.bid(id, body);
	}

	@PostMapping("/api/v1/application-rounds/{id}/bids/{bidId}/decision")
	@Operation(summary = "Record a bid's assessment or award (officers)",
			description = "Body: status (RECEIVED, ASSESSED, AWARDED, NOT_AWARDED), assessment, amountGbp (awarded bids only).")
	ApplicationRound.Bid decide(@PathVariable long id, @PathVariable long bidId, @RequestBody ApplicationRound.Decision body) {
		return rounds.decide(id, bidId, body);
	}

	private static SupportType type(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return SupportType.parse(text).orElseThrow(() -> new BadRequestException("type", text, "There is no type of support " + text));
	}

	private Area area(String gss) {
		if (gss == null || gss.isBlank()) {
			return null;
		}
		return register.find(gss.trim()).orElseThrow(() -> new BadRequestException("area", gss, "No authority in the register has the GSS code " + gss));
	}

	static Integer year(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int y = Integer.parseInt(text.trim());
			if (y >= 1990 && y <= 2100) {
				return y;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BadRequestException("year", text, "Enter a year such as 2016");
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new BadRequestException(field, text, "Not a date: write it as YYYY-MM-DD");
		}
	}
}
