package org.stocktake.oversight.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/** Inspection judgements are public; officers import them and follow intervention; a council sees its own record. */
@Component
@Order(40)
class OversightAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/inspections/import", "/inspections/import/**", "/api/v1/inspections/import")
			.hasRole(OFFICER)
			.requestMatchers("/interventions", "/interventions/**", "/api/v1/interventions", "/api/v1/interventions/**",
					"/oversight/thresholds", "/api/v1/oversight/thresholds")
			.hasRole(OFFICER)
			// A council's user may see its own authority's record; the controller checks which authority.
			.requestMatchers(HttpMethod.GET, "/oversight/areas/*", "/api/v1/oversight/areas/*")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/inspections", "/inspections.csv", "/api/v1/inspections",
					"/api/v1/inspections/summary", "/api/v1/inspections/transitions")
			.permitAll();
	}
}
