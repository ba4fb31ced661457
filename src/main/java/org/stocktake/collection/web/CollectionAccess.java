package org.stocktake.collection.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * Nothing of a collection is public. Council users reach the return pages and API, and the service
 * lets them see only their own authority's return; officers create collections, see the dashboard
 * and review.
 */
@Component
@Order(35)
class CollectionAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/collections", "/api/v1/collections/*/dates", "/api/v1/collections/*/returns/*/review",
				"/collections/*/returns/*/review", "/collections/*/reminders")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/api/v1/collections/*/returns", "/collections/*")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/api/v1/collections", "/api/v1/collections/*", "/api/v1/collections/*/returns/*", "/collections",
					"/collections/*/returns/*")
			.hasAnyRole(COUNCIL, OFFICER)
			.requestMatchers(HttpMethod.POST, "/api/v1/collections/*/returns/*/values", "/api/v1/collections/*/returns/*/submit",
					"/collections/*/returns/*", "/collections/*/returns/*/upload")
			.hasAnyRole(COUNCIL, OFFICER);
	}
}
