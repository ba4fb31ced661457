package org.stocktake.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares who may reach its URLs here. Anything no module declares is denied, so a new
 * endpoint is unreachable until its access is decided (and the role-matrix test names it).
 */
public interface AccessRules {

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

	/** Spring Security expressions shared by every module's rules. */
	String OFFICER = "OFFICER";
	String ADMIN = "ADMIN";
	String COUNCIL = "COUNCIL";
	String MEMBER = "MEMBER";
}
