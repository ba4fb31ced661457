package org.stocktake.platform.pages;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

@Component
@Order(0)
class PlatformAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/", "/sign-in", "/about/**", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
				"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/error", "/error/**")
			.permitAll()
			.requestMatchers("/account", "/account/**", "/api/v1/account")
			.authenticated()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole(ADMIN);
	}
}
