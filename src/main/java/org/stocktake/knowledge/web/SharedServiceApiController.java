package org.stocktake.knowledge.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.knowledge.MoneyUnits;
import org.stocktake.knowledge.SharedService;
import org.stocktake.knowledge.SharedServices;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.BadRequestException;

@RestController
@Tag(name = "Shared services", description = "Arrangements between authorities sharing a service")
class SharedServiceApiController {

	private final SharedServices shared;

	SharedServiceApiController(SharedServices shared) {
		this.shared = shared;
	}

	record PartnerJson(String gssCode, String name, String region, String regionName, Double latitude, Double longitude) {
		static PartnerJson of(SharedService.Partner p) {
			return p == null ? null : new PartnerJson(p.gssCode(), p.name(), p.region() == null ? null : p.region().code(),
					p.region() == null ? null : p.region().displayName(), p.latitude(), p.longitude());
		}
	}

	record ArrangementJson(long id, String reference, String service, String description, List<PartnerJson> partners, PartnerJson lead,
			LocalDate startDate, BigDecimal annualSavings, String status, String source) {
		static ArrangementJson of(SharedService s) {
			return new ArrangementJson(s.id(), s.reference(), s.service(), s.description(), s.partners().stream().map(PartnerJson::of).toList(),
					PartnerJson.of(s.lead()), s.startDate(), s.annualSavings(), s.status().name(), s.source());
		}
	}

	record ListJson(List<ArrangementJson> items, int page, int size, long totalItems, BigDecimal annualSavings, int withSavings,
			int partnerAuthorities) {
	}

	@GetMapping("/api/v1/shared-services")
	@Operation(summary = "Arrangements, filtered by q (service or partner), region (any partner's) and status, with the totals of the whole selection")
	ListJson list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		SharedServices.Selection s = shared.select(SharedServiceController.filter(q, region, status));
		org.stocktake.platform.web.PageRequest p = org.stocktake.platform.web.PageRequest.of(page, size);
		List<ArrangementJson> items = s.arrangements().stream().skip(p.offset()).limit(p.size()).map(ArrangementJson::of).toList();
		return new ListJson(items, p.page(), p.size(), s.count(), s.annualSavings(), s.withSavings(), s.partnerAuthorities());
	}

	@PostMapping(path = "/api/v1/shared-services/import", consumes = { "text/csv",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream" })
	@Operation(summary = "Imports arrangements from CSV or XLSX (reference,service,partners,lead,start_date,annual_savings,status,description,source)")
	ImportResult importFile(@RequestBody byte[] content, @RequestParam String units, @RequestParam(defaultValue = "false") boolean dryRun) {
		MoneyUnits u = MoneyUnits.parse(units).orElseThrow(() -> new BadRequestException("units", units, "units is GBP or GBP_THOUSANDS"));
		return shared.importFile(content, u, dryRun);
	}
}
