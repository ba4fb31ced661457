package org.stocktake.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.stocktake.platform.jobs.ClusterLock;

/**
 * There is no default password. The first admin comes from STOCKTAKE_ADMIN_USERNAME and
 * STOCKTAKE_ADMIN_PASSWORD, or else gets a random one-time password printed once.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAdministration users;
	private final ClusterLock lock;
	private final String username;
	private final String password;

	FirstAdmin(UserAdministration users, ClusterLock lock, @Value("${stocktake.admin.username:}") String username,
			@Value("${stocktake.admin.password:}") String password) {
		this.users = users;
		this.lock = lock;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		lock.runExclusively("first-admin", () -> {
			if (!users.firstAdminNeeded()) {
				return;
			}
			String name = StringUtils.hasText(username) ? username : "admin";
			var details = new UserAdministration.AccountDetails(name, "Administrator", null, Role.ADMIN, null, true);
			if (StringUtils.hasText(password)) {
				users.createWithPassword(details, password, false);
				log.info("Created the first admin account '{}' from STOCKTAKE_ADMIN_USERNAME/STOCKTAKE_ADMIN_PASSWORD", name);
			}
			else {
				String oneTime = users.create(details);
				System.out.println("""

						==================================================================
						  Stocktake created the first admin account.
						  Username: %s
						  One-time password: %s
						  It is shown only now; you will choose a new one at first sign-in.
						==================================================================
						""".formatted(name, oneTime));
			}
		});
	}
}
