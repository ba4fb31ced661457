package org.stocktake.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.stocktake.platform.web.ProblemWriter;

/** API clients get a 401 problem document, not a redirect to a sign-in page they cannot use. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemWriter problems;

	ProblemAuthenticationEntryPoint(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"stocktake\", Basic realm=\"stocktake\"");
		String detail = ex.getMessage() != null && ex.getMessage().contains("token") ? ex.getMessage()
				: "Sign in with a personal access token (Bearer) or HTTP Basic to use this endpoint.";
		problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}
}
