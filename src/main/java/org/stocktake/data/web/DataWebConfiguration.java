package org.stocktake.data.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.stocktake.platform.web.DataCredit;
import org.stocktake.platform.web.Navigation;

/** ETags on the data API's read endpoints, the navigation item, and the credits of the demonstration data. */
@Configuration(proxyBeanMethods = false)
class DataWebConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> dataEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter() {
			@Override
			protected boolean shouldNotFilter(jakarta.servlet.http.HttpServletRequest request) {
				String path = request.getRequestURI();
				return path.startsWith("/api/v1/areas/") && !path.endsWith("/profile");
			}
		});
		registration.addUrlPatterns("/api/v1/measures", "/api/v1/measures/*", "/api/v1/values", "/api/v1/benchmark", "/api/v1/areas/*");
		registration.setName("dataEtags");
		return registration;
	}

	@Bean
	DataCredit populationCredit() {
		return new DataCredit("Mid-year population estimates 1991–2023", "Office for National Statistics (Nomis), compiled by Open Innovations",
				"Open Government Licence v3.0; compilation CC BY 4.0", "The population measure and weighted means");
	}

	@Bean
	DataCredit recyclingCredit() {
		return new DataCredit("Household waste reuse, recycling and composting rates", "Defra (ENV18) and Welsh Government, compiled by Trafford Data Lab",
				"Open Government Licence v3.0", "The household recycling rate measure");
	}

	@Bean
	DataCredit deprivationCredit() {
		return new DataCredit("English indices of deprivation 2019 and 2025, local authority summaries",
				"Ministry of Housing, Communities and Local Government, reshaped by Trafford Data Lab", "Open Government Licence v3.0",
				"The deprivation measures");
	}

	@Bean
	DataCredit financeCredit() {
		return new DataCredit("Band D council tax (Area CT) and Revenue Outturn Summary (RS) by local authority",
				"Ministry of Housing, Communities and Local Government", "Open Government Licence v3.0", "The finance measures");
	}

	@Bean
	DataCredit oflogCredit() {
		return new DataCredit("Oflog adult social care and waste metrics", "Office for Local Government / MHCLG", "Open Government Licence v3.0",
				"The Oflog waste and adult social care measures");
	}

	@Bean
	Navigation dataNavigation() {
		return new Navigation(30, "/data", "data.nav", Navigation.everyone());
	}
}
