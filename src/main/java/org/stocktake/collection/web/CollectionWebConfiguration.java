package org.stocktake.collection.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class CollectionWebConfiguration {

	@Bean
	Navigation collectionNavigation() {
		return new Navigation(35, "/collections", "nav.collections", Navigation.withRole("COUNCIL", "OFFICER", "ADMIN"));
	}
}
