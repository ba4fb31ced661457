package org.stocktake.knowledge.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * Published case studies, shared services and One Public Estate are public. Councils submit case
 * studies (and see their own submissions); officers moderate, publish and import. Which case study a
 * reader may open is decided again by {@code CaseStudies} with the reader.
 */
@Component
@Order(90)
class KnowledgeAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers("/one-public-estate/import", "/one-public-estate/import/**", "/shared-services/import", "/shared-services/import/**")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.POST, "/api/v1/one-public-estate/partnerships/import", "/api/v1/shared-services/import",
					"/case-studies/*/publish", "/case-studies/*/archive", "/case-studies/*/return", "/api/v1/case-studies/*/publish")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/case-studies/moderation").hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/case-studies/new", "/case-studies/*/edit").hasAnyRole(COUNCIL, OFFICER)
			.requestMatchers(HttpMethod.POST, "/case-studies/new", "/case-studies/*/edit", "/api/v1/case-studies").hasAnyRole(COUNCIL, OFFICER)
			.requestMatchers(HttpMethod.GET, "/knowledge", "/one-public-estate", "/api/v1/one-public-estate/partnerships",
					"/api/v1/one-public-estate/totals", "/case-studies", "/case-studies/*", "/api/v1/case-studies", "/api/v1/case-studies/*",
					"/shared-services", "/shared-services/map.json", "/shared-services.*",
					"/api/v1/shared-services")
			.permitAll();
	}
}
