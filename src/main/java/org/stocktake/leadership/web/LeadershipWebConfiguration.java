package org.stocktake.leadership.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class LeadershipWebConfiguration {

	@Bean
	Navigation leadershipNavigation() {
		return new Navigation(88, "/leadership", "nav.leadership", Navigation.everyone());
	}
}
