package org.stocktake.platform.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer stk_…} requests; a wrong token is refused, never ignored. */
final class BearerTokenFilter extends OncePerRequestFilter {

	private final AccessTokens tokens;
	private final AccountDetailsService accounts;
	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(AccessTokens tokens, AccountDetailsService accounts, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> account = tokens.authenticate(header.substring(7).trim());
		if (account.isEmpty()) {
			SecurityContextHolder.clearContext();
			AuthenticationException failure = new BadCredentialsException("The access token is not valid, has expired or was revoked");
			entryPoint.commence(request, response, failure);
			return;
		}
		SignedInUser user = accounts.forToken(account.get());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new AccessTokenAuthentication(user));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
