package org.stocktake.knowledge.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class KnowledgeWebConfiguration {

	@Bean
	Navigation knowledgeNavigation() {
		return new Navigation(90, "/knowledge", "nav.knowledge", Navigation.everyone());
	}
}
