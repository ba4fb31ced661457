package org.stocktake.data.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * Benchmarking data is public to read (restricted measures are filtered per request, answering 404
 * to anyone not signed in); officers create measures and import values.
 */
@Component
@Order(5)
class DataAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/measures", "/api/v1/values/import", "/api/v1/neighbour-models",
				"/api/v1/neighbour-models/*/recompute", "/api/v1/neighbour-models/*/import")
			.hasRole(OFFICER)
			.requestMatchers("/data/import", "/data/import/**")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/data/reports/new")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.POST, "/data/reports", "/data/reports/*/delete")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/data/reports", "/data/reports/*", "/data/reports/*/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/data", "/data/measures/**", "/areas/*/data", "/api/v1/measures", "/api/v1/measures/**",
					"/api/v1/values", "/api/v1/benchmark", "/api/v1/areas/*/profile", "/api/v1/areas/*/neighbours", "/api/v1/neighbour-models",
					"/api/v1/neighbour-models/*", "/data/neighbour-models", "/areas/*/neighbours")
			.permitAll();
	}
}
