package org.stocktake.platform.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

	@Bean
	Navigation homeNavigation() {
		return new Navigation(0, "/", "nav.home", Navigation.everyone());
	}

	@Bean
	Navigation adminNavigation() {
		return new Navigation(900, "/admin", "nav.admin", Navigation.withRole("ADMIN"));
	}
}
