package org.stocktake.leadership.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * The programmes and their events are public (they are the offer). Bookings hold personal and
 * equality data: officers manage them all; a council's user books its own councillors and sees its
 * own authority's bookings (the controllers check which). The board's tables, evaluations, impact
 * surveys and alumni are for officers.
 */
@Component
@Order(88)
class LeadershipAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/leadership", "/leadership/events/*", "/api/v1/leadership/programmes", "/api/v1/leadership/events")
			.permitAll()
			.requestMatchers("/leadership/events/*/book", "/leadership/bookings/*/cancel", "/leadership/bookings")
			.hasAnyRole(COUNCIL, OFFICER)
			.requestMatchers("/leadership/**", "/api/v1/leadership/**")
			.hasRole(OFFICER);
	}
}
