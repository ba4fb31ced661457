package org.stocktake.platform.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last rule: a URL that no controller serves may pass (so a typo gets a 404, not a sign-in
 * page), but a controller endpoint that no module declared access for is always denied.
 */
final class UnmappedRequests implements AuthorizationManager<RequestAuthorizationContext> {

	private final Supplier<RequestMappingHandlerMapping> mappings;

	UnmappedRequests(Supplier<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
		return new AuthorizationDecision(!handled(context.getRequest()));
	}

	private boolean handled(HttpServletRequest request) {
		try {
			return mappings.get().getHandler(request) != null;
		}
		catch (Exception ex) {
			// A method or media type that no endpoint accepts is still an endpoint: deny.
			return true;
		}
	}
}
