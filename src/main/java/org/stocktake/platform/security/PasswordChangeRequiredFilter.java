package org.stocktake.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A one-time password is good for one thing only: choosing a new password. */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.account().mustChangePassword()
				&& !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
			if (request.getRequestURI().contains("/api/")) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN, "Change your one-time password first");
			}
			else {
				response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String path) {
		return path.equals(CHANGE_PASSWORD) || path.equals("/sign-out") || path.startsWith("/assets/")
				|| path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/error");
	}
}
