package org.stocktake.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords. The count lives in the database so
 * that guessing cannot be spread across instances.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final UserStore users;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;

	LoginThrottle(UserStore users, JdbcClient jdbc, Clock clock, @Value("${stocktake.security.max-failed-logins:5}") int maxFailures,
			@Value("${stocktake.security.lockout:15m}") Duration lockout) {
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		log.info("Failed sign-in for {}", username);
		users.recordFailure(username, maxFailures, clock.instant().plus(lockout));
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into login_attempt (username, failures, locked_until, last_failure) values (lower(:name), 1, null, :now)
				on conflict (username) do update set
				  failures = case when login_attempt.locked_until <= :now then 1 else login_attempt.failures + 1 end,
				  locked_until = case
				    when login_attempt.locked_until > :now then login_attempt.locked_until
				    when login_attempt.failures + 1 >= :max and login_attempt.locked_until is null then :until
				    else null end,
				  last_failure = :now
				""")
			.param("name", username)
			.param("now", now)
			.param("max", maxFailures)
			.param("until", Timestamp.from(clock.instant().plus(lockout)))
			.update();
	}

	/** Whether sign-in with this name is locked, whether or not an account has the name. */
	boolean isLocked(String username) {
		return jdbc.sql("select exists (select 1 from login_attempt where username = lower(:name) and locked_until > :now)")
			.param("name", username == null ? "" : username)
			.param("now", Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single();
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user
				&& !(event.getAuthentication() instanceof AccessTokenAuthentication)) {
			users.recordSuccess(user.getUsername());
			jdbc.sql("delete from login_attempt where username = lower(:name)").param("name", user.getUsername()).update();
		}
	}
}
