package org.stocktake.platform.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserStore users;
	private final Clock clock;

	AccountDetailsService(UserStore users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		UserAccount account = users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		String hash = users.passwordHash(account.id()).orElseThrow();
		return new SignedInUser(account, hash, account.lockedAt(clock.instant()));
	}

	SignedInUser forToken(UserAccount account) {
		return new SignedInUser(account, null, account.lockedAt(clock.instant()));
	}
}
