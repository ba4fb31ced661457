package org.stocktake.platform.security;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords. The count lives in the database so
 * that guessing cannot be spread across instances.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final UserStore users;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;

	LoginThrottle(UserStore users, Clock clock, @Value("${stocktake.security.max-failed-logins:5}") int maxFailures,
			@Value("${stocktake.security.lockout:15m}") Duration lockout) {
		this.users = users;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		log.info("Failed sign-in for {}", username);
		users.recordFailure(username, maxFailures, clock.instant().plus(lockout));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user
				&& !(event.getAuthentication() instanceof AccessTokenAuthentication)) {
			users.recordSuccess(user.getUsername());
		}
	}
}
