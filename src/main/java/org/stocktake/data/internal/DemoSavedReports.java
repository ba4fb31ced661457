package org.stocktake.data.internal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stocktake.data.Measures;
import org.stocktake.data.SavedReports;
import org.stocktake.platform.demo.DemoDataset;

/**
 * Two saved reports over the real demonstration measures: a financial profile from the finance data
 * that exists (MHCLG revenue outturn and band D council tax — not the 24-indicator financial-health
 * set the seeds mention, which needs data Stocktake does not hold) and Oflog's adult social care outcomes.
 */
@Component
@Order(36)
class DemoSavedReports implements DemoDataset {

	private record Definition(String name, String description, String group, List<String> measures) {
	}

	private static final List<Definition> REPORTS = List.of(
			new Definition("Financial profile (demonstration set)",
					"Band D council tax and the revenue outturn lines Stocktake loads (net revenue expenditure, total service expenditure, "
							+ "council tax requirement, adult and children's social care), compared with councils of the same type. Built from "
							+ "the finance data that exists; it is not the 24-indicator financial-health chart the seed papers mention.",
					"type", List.of("band-d-council-tax", "rs-net-revenue-expenditure", "rs-total-service-expenditure", "rs-council-tax-requirement",
							"rs-adult-social-care", "rs-childrens-social-care")),
			new Definition("Adult social care outcomes (Oflog)",
					"The Office for Local Government's adult social care metrics, compared with councils of the same type.", "type",
					List.of("asc-carer-quality-of-life", "asc-quality-of-life-impact", "asc-ease-of-finding-information-users",
							"asc-ease-of-finding-information-carers", "asc-short-term-services-outcome", "asc-requests-resulting-in-service",
							"asc-workforce-turnover")));

	private final SavedReports reports;
	private final Measures measures;

	DemoSavedReports(SavedReports reports, Measures measures) {
		this.reports = reports;
		this.measures = measures;
	}

	@Override
	public String name() {
		return "saved reports";
	}

	@Override
	public void loadIfMissing() {
		List<String> existing = reports.all().stream().map(r -> r.name()).toList();
		for (Definition d : REPORTS) {
			boolean measuresLoaded = d.measures().stream().allMatch(m -> measures.find(m, true).isPresent());
			if (!existing.contains(d.name()) && measuresLoaded) {
				reports.create(d.name(), d.description(), d.group(), d.measures());
			}
		}
	}
}
