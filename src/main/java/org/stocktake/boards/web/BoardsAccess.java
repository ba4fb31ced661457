package org.stocktake.boards.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.stocktake.platform.security.AccessRules;

/**
 * Boards, published agendas, papers, notes and actions are public, each page and answer showing only
 * what its reader may see (the controllers ask {@code Boards} with the reader). Running a board is
 * for officers here, and the service further requires the board's clerk grant (or the admin role).
 */
@Component
@Order(60)
class BoardsAccess implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/boards/new", "/boards/*/edit", "/boards/*/members/copy", "/boards/*/members/*/role",
				"/boards/*/plan", "/boards/*/plan/*/remove", "/meetings/*/plan", "/meetings/*/reminders",
				"/meetings/*/attendance", "/meetings/*/declarations", "/meetings/*/declarations/*/remove",
				"/meetings/*/packs")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/boards/new", "/boards/*/edit")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.POST, "/boards/*/members", "/boards/*/members/*/remove", "/boards/*/meetings/new",
				"/meetings/*/items/new", "/meetings/*/items/*/edit", "/meetings/*/items/*/note", "/meetings/*/actions", "/meetings/*/publish", "/meetings/*/minutes/publish",
				"/actions/*/status")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/boards/*/meetings/new", "/meetings/*/items/new", "/meetings/*/items/*/edit", "/meetings/*/items/*/note")
			.hasRole(OFFICER)
			.requestMatchers(HttpMethod.GET, "/boards", "/boards/*", "/meetings/*", "/meetings/*/pack.pdf", "/meetings/*/pack.docx", "/meetings/*/packs/*", "/actions",
					"/api/v1/boards", "/api/v1/boards/*/meetings", "/api/v1/meetings/*", "/api/v1/meetings/*/pack.pdf", "/api/v1/actions")
			.permitAll();
	}
}
