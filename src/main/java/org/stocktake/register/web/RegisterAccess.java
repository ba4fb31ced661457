package org.stocktake.register.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/** The register is public to read; officers import it and manage groups. */
@Component
@Order(10)
class RegisterAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/register/import", "/register/import/**", "/api/v1/areas/import", "/groups/new", "/groups/*/edit",
				"/groups/*/delete")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.POST, "/api/v1/groups", "/api/v1/groups/**")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.PUT, "/api/v1/groups/**")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.DELETE, "/api/v1/groups/**")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/areas", "/areas.csv", "/areas/**", "/groups", "/groups/**", "/api/v1/areas",
					"/api/v1/areas/**", "/api/v1/groups", "/api/v1/groups/**")
			.permitAll();
	}
}
