package org.stocktake.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the reason back to the sign-in page without saying whether the username exists. */
final class SignInFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	SignInFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		// A name locked by wrong passwords reads "locked" whether or not an account has it.
		boolean locked = exception instanceof LockedException || throttle.isLocked(request.getParameter("username"));
		String reason = locked ? "locked" : exception instanceof DisabledException ? "disabled" : "error";
		response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?" + reason);
	}
}
