package org.stocktake.people.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.DataCredit;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class PeopleWebConfiguration {

	@Bean
	Navigation peopleNavigation() {
		return new Navigation(30, "/people", "nav.people", Navigation.everyone());
	}

	@Bean
	DataCredit politicalControlCredit() {
		return new DataCredit("Council composition history 2016–2026 (history2016-26.csv)", "Open Council Data UK", "CC BY-SA 4.0",
				"Political control of each council by year and seats by party, derived from the seat counts");
	}
}
