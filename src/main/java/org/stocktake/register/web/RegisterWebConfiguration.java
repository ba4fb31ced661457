package org.stocktake.register.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.DataCredit;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class RegisterWebConfiguration {

	@Bean
	Navigation registerNavigation() {
		return new Navigation(10, "/areas", "nav.register", Navigation.everyone());
	}

	@Bean
	Navigation groupsNavigation() {
		return new Navigation(20, "/groups", "nav.groups", Navigation.everyone());
	}

	@Bean
	DataCredit registerCredit() {
		return new DataCredit("UK local authority names and codes (uk_local_authorities_current.csv)", "mySociety", "CC BY 4.0",
				"The register of councils and combined authorities, their codes, dates and successors");
	}

	@Bean
	DataCredit fireCredit() {
		return new DataCredit("LAD (2024) to Fire and Rescue Authority (2024) lookup, via the geographr R package",
				"Office for National Statistics; British Red Cross (geographr)", "Open Government Licence v3.0",
				"Fire and rescue authorities and the councils each one covers");
	}
}
