package org.stocktake.consultation.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * Respondents reach their pages by link alone; anyone may ask for their own link and read published
 * results (the controllers check that they are published). Running consultations is for officers;
 * individual responses additionally need the analyst grant, checked by {@code IndividualResponses}.
 */
@Component
@Order(75)
class ConsultationAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/respond/*", "/respond/*/done").permitAll()
			.requestMatchers("/consultations/*/request-link").permitAll()
			.requestMatchers(HttpMethod.GET, "/consultations", "/consultations/*", "/consultations/*/results", "/consultations/*/results.csv",
					"/consultations/*/results.xlsx", "/consultations/*/results.pdf", "/api/v1/consultations", "/api/v1/consultations/*/results")
			.permitAll()
			.requestMatchers("/consultations/**", "/api/v1/consultations/*/invitations").hasAnyRole(OFFICER, ADMIN);
	}

	static boolean officer(Authentication auth) {
		return auth != null && auth.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_" + OFFICER) || a.getAuthority().equals("ROLE_" + ADMIN));
	}
}
