package org.stocktake.improvement.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * The offer and the list of published reports are public; a council's user requests challenges for
 * its own authority and follows them ({@link ChallengeReaders} checks which); officers manage all.
 */
@Component
@Order(45)
class ImprovementAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/offer", "/api/v1/offer", "/peer-challenges/published", "/api/v1/peer-challenges/published")
			.permitAll()
			// Aggregate figures for the boards: their members read them as well as officers.
			.requestMatchers(HttpMethod.GET, "/peer-challenges/figures", "/peer-challenges/figures.csv", "/api/v1/peer-challenges/figures")
			.hasAnyRole(MEMBER, OFFICER)
			.requestMatchers("/peer-challenges/coverage", "/peer-challenges/coverage.csv", "/peer-challenges/*/edit", "/peer-challenges/*/transitions", "/api/v1/peer-challenges/*/transitions",
					"/api/v1/peer-challenges/coverage", "/api/v1/peers", "/api/v1/peers/skills", "/api/v1/peers/health", "/peer-challenges/*/team-proposal",
					"/api/v1/peer-challenges/*/team-proposal", "/peers", "/support", "/application-rounds", "/application-rounds/*",
					"/api/v1/support-engagements", "/api/v1/support-engagements/**", "/api/v1/application-rounds", "/api/v1/application-rounds/**")
			.hasRole(OFFICER)
			// The council's own users keep its action plan up to date; the controllers check which authority.
			.requestMatchers("/peer-challenges/*/actions", "/peer-challenges/*/actions/**", "/api/v1/peer-challenges/*/actions",
					"/api/v1/peer-challenges/*/actions/*")
			.hasAnyRole(COUNCIL, OFFICER)
			.requestMatchers("/peer-challenges/new")
			.hasAnyRole(COUNCIL, OFFICER)
			.requestMatchers(HttpMethod.POST, "/api/v1/peer-challenges")
			.hasAnyRole(COUNCIL, OFFICER)
			.requestMatchers(HttpMethod.GET, "/peer-challenges", "/peer-challenges/*", "/api/v1/peer-challenges", "/api/v1/peer-challenges/*")
			.hasAnyRole(COUNCIL, OFFICER);
	}
}
