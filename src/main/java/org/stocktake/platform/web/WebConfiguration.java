package org.stocktake.platform.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final String govukVersion;

	WebConfiguration(@Value("${stocktake.govuk-frontend-version:5.14.0}") String govukVersion) {
		this.govukVersion = govukVersion;
	}

	/** GOV.UK Frontend's CSS asks for its fonts and images from {@code /assets/} at the site root. */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/assets/")
			.setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic());
	}

	@Bean
	Clock clock() {
		return Clock.system(LONDON);
	}
}
