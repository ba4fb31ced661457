package org.stocktake.boards.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class BoardsWebConfiguration {

	@Bean
	Navigation boardsNavigation() {
		return new Navigation(70, "/boards", "nav.boards", Navigation.everyone());
	}
}
