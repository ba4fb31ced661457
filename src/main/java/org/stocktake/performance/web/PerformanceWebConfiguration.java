package org.stocktake.performance.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class PerformanceWebConfiguration {

	@Bean
	Navigation performanceNavigation() {
		return new Navigation(80, "/performance", "nav.performance", Navigation.withRole("OFFICER", "ADMIN"));
	}
}
