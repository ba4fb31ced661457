package org.stocktake.oversight.web;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.oversight.Inspections;
import org.stocktake.platform.web.DataCredit;
import org.stocktake.platform.web.Navigation;
import org.stocktake.register.AreaSection;

@Configuration(proxyBeanMethods = false)
class OversightWebConfiguration {

	@Bean
	Navigation inspectionsNavigation() {
		return new Navigation(50, "/inspections", "nav.inspections", Navigation.everyone());
	}

	@Bean
	Navigation interventionsNavigation() {
		return new Navigation(55, "/interventions", "nav.interventions", Navigation.withRole("OFFICER", "ADMIN"));
	}

	@Bean
	Navigation watchlistNavigation() {
		return new Navigation(54, "/oversight/watchlist", "nav.watchlist", Navigation.withRole("OFFICER", "ADMIN"));
	}

	@Bean
	Navigation thresholdsNavigation() {
		return new Navigation(56, "/oversight/thresholds", "nav.thresholds", Navigation.withRole("OFFICER", "ADMIN"));
	}

	@Bean
	DataCredit ilacsCredit() {
		return new DataCredit("Ofsted children's services inspection outcomes (ILACS), via data-to-insight/ofsted-ilacs-scrape-tool",
				"Ofsted (Crown copyright), compiled by Data to Insight", "Open Government Licence v3.0",
				"Inspection judgements on children's services: the latest for every authority and the history of five regions");
	}

	/** An authority's inspections on its register page. */
	@Bean
	AreaSection inspectionsSection(Inspections inspections) {
		return new AreaSection() {
			@Override
			public int order() {
				return 40;
			}

			@Override
			public Optional<View> render(org.stocktake.register.Area area) {
				var list = inspections.ofArea(area);
				return list.isEmpty() ? Optional.empty() : Optional.of(new View("oversight/area-inspections", "section", list));
			}
		};
	}
}
