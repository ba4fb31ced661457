package org.stocktake.support;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.AccessTokens;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.platform.security.UserAdministration.AccountDetails;

/**
 * Creates accounts for tests with unique names, so tests never collide even when a whole run
 * shares one external database.
 */
public final class TestUsers {

	public static final String PASSWORD = "correct-horse-battery-staple";

	private final UserAdministration users;
	private final AccessTokens tokens;

	public TestUsers(ApplicationContext context) {
		this.users = context.getBean(UserAdministration.class);
		this.tokens = context.getBean(AccessTokens.class);
	}

	/** A signed-up user: its name, its password, and a personal access token for API calls. */
	public record TestUser(long id, String username, String password, String token, Role role, String authorityCode) {
	}

	public TestUser create(Role role) {
		return create(role, role == Role.COUNCIL ? "E08000007" : null);
	}

	public TestUser create(Role role, String authorityCode) {
		String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		long id = users.createWithPassword(new AccountDetails(username, "Test " + role.name().toLowerCase(java.util.Locale.ROOT),
				username + "@example.org", role, authorityCode, true), PASSWORD, false);
		String token = tokens.create(id, "tests", null);
		return new TestUser(id, username, PASSWORD, token, role, authorityCode);
	}
}
