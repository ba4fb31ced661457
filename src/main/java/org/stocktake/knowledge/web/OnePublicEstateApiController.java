package org.stocktake.knowledge.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.stocktake.knowledge.OnePublicEstate;
import org.stocktake.knowledge.OpePartnership;
import org.stocktake.knowledge.OpeTotals;
import org.stocktake.knowledge.MoneyUnits;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.BadRequestException;

/** One Public Estate partnerships as JSON, with the import officers use. */
@RestController
@Tag(name = "One Public Estate", description = "Partnerships of councils by programme phase, their leads and funding awarded")
class OnePublicEstateApiController {

	private final OnePublicEstate ope;

	OnePublicEstateApiController(OnePublicEstate ope) {
		this.ope = ope;
	}

	record MemberJson(String gssCode, String name) {
	}

	record LeadJson(String kind, String gssCode, String name) {
	}

	record PartnershipJson(long id, int phase, String name, String region, String regionName, List<MemberJson> members, LeadJson lead,
			BigDecimal fundingAwarded, boolean partFunded, List<String> partFundingYears) {
		static PartnershipJson of(OpePartnership p) {
			return new PartnershipJson(p.id(), p.phase(), p.name(), p.region().code(), p.region().displayName(),
					p.members().stream().map(m -> new MemberJson(m.gssCode(), m.name())).toList(),
					new LeadJson(p.lead().kind().name(), p.lead().gssCode(), p.lead().name()), p.fundingAwarded(), p.partFunded(),
					p.partFundingYears());
		}
	}

	record PartnershipsJson(List<PartnershipJson> items, int page, int size, long totalItems) {
	}

	@GetMapping(path = "/api/v1/one-public-estate/partnerships", produces = "application/json")
	@Operation(summary = "Partnerships, of one phase if given, with members, lead and funding awarded (GBP)")
	PartnershipsJson partnerships(@RequestParam(required = false) Integer phase) {
		if (phase != null && phase < 1) {
			throw new BadRequestException("phase", phase.toString(), "The phase is a whole number from 1");
		}
		List<PartnershipJson> items = ope.partnerships(phase).stream().map(PartnershipJson::of).toList();
		return new PartnershipsJson(items, 0, Math.max(items.size(), 1), items.size());
	}

	@GetMapping(path = "/api/v1/one-public-estate/totals", produces = "application/json")
	@Operation(summary = "The totals of a phase: partnerships, memberships listed, distinct authorities, funding, by region, and the figures stated")
	OpeTotals totals(@RequestParam int phase) {
		return ope.totals(phase);
	}

	@PostMapping(path = "/api/v1/one-public-estate/partnerships/import", consumes = "text/csv", produces = "application/json")
	@Operation(summary = "Imports partnerships (phase,partnership,region,members,lead,funding_awarded,part_funding_years); all or nothing")
	ImportResult importCsv(@RequestBody byte[] content, @RequestParam String units, @RequestParam(defaultValue = "false") boolean dryRun) {
		MoneyUnits u = MoneyUnits.parse(units).orElseThrow(() -> new BadRequestException("units", units, "units is GBP or GBP_THOUSANDS"));
		return ope.importCsv(content, u, null, dryRun);
	}
}
