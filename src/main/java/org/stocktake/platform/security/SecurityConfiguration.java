package org.stocktake.platform.security;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String SIGN_IN = "/sign-in";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> modules, AccessTokens tokens,
			AccountDetailsService accounts, ProblemAuthenticationEntryPoint apiEntryPoint,
			ProblemAccessDeniedHandler apiAccessDenied, LoginThrottle throttle, ApplicationContext context) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		RequestMatcher scripted = request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		http.authorizeHttpRequests(requests -> {
			modules.forEach(module -> module.declare(requests));
			requests.anyRequest()
				.access(new UnmappedRequests(() -> context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)));
		});
		http.formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN).defaultSuccessUrl("/", false)
			.failureHandler(new SignInFailureHandler(throttle)).permitAll());
		http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut").permitAll());
		http.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint));
		http.addFilterBefore(new BearerTokenFilter(tokens, accounts, apiEntryPoint), BasicAuthenticationFilter.class);
		http.csrf(csrf -> csrf.ignoringRequestMatchers(scripted));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(apiEntryPoint, request -> api.matches(request) || scripted.matches(request))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN), request -> true)
			.defaultAccessDeniedHandlerFor(apiAccessDenied, request -> api.matches(request) || scripted.matches(request)));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
		http.addFilterAfter(new PasswordChangeRequiredFilter(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.OFFICER.name()).build();
	}

	/** Argon2id for new passwords; BCrypt hashes are still read so accounts can be migrated in. */
	@Bean
	PasswordEncoder passwordEncoder() {
		var encoders = new java.util.HashMap<String, PasswordEncoder>();
		encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder("argon2", encoders);
	}
}
