package org.stocktake.oversight.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * Inspection judgements are public; officers import them, follow intervention and read the watchlist,
 * whose weights only admins set; a council sees its own record but never a risk score.
 */
@Component
@Order(40)
class OversightAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/oversight/watchlist/weights")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.PUT, "/api/v1/oversight/watchlist/weights")
			.hasRole(ADMIN)
			.requestMatchers("/oversight/watchlist", "/oversight/watchlist/**", "/api/v1/oversight/watchlist", "/api/v1/oversight/watchlist/**")
			.hasRole(OFFICER)
			.requestMatchers("/inspections/import", "/inspections/import/**", "/api/v1/inspections/import")
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
