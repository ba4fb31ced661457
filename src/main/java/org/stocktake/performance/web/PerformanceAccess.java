package org.stocktake.performance.web;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * Plans, returns, ratings, management accounts and the draft board report are the association's
 * internal working figures: officers only, until a clerk puts the report into a board's published papers.
 */
@Component
@Order(80)
class PerformanceAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/performance", "/performance/**", "/api/v1/performance/**").hasRole(OFFICER);
	}
}
