package org.stocktake.oversight.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/** Inspection judgements are public; officers import them. */
@Component
@Order(40)
class OversightAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/inspections/import", "/inspections/import/**", "/api/v1/inspections/import")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/inspections", "/inspections.csv", "/api/v1/inspections",
					"/api/v1/inspections/summary", "/api/v1/inspections/transitions")
			.permitAll();
	}
}
