package org.stocktake.people.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * The directory is open to read, but each reader sees only what {@link Readers} allows (contact
 * details and officers need a signed-in reader with a need); officers change it and import it.
 * Political control is public.
 */
@Component
@Order(30)
class PeopleAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/people/new", "/people/*/edit", "/people/*/roles/**", "/people/import", "/people/import/**",
				"/api/v1/people/import")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/people", "/people.csv", "/people/*", "/api/v1/people", "/api/v1/people/*",
					"/api/v1/areas/*/political-control")
			.permitAll();
	}
}
