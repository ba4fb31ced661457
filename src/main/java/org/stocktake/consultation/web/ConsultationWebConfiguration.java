package org.stocktake.consultation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.platform.web.Navigation;

@Configuration(proxyBeanMethods = false)
class ConsultationWebConfiguration {

	@Bean
	Navigation consultationNavigation() {
		return new Navigation(85, "/consultations", "nav.consultations", Navigation.everyone());
	}
}
