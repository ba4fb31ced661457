package org.stocktake.platform.security;

import java.time.Instant;

/** A person who signs in to Stocktake. */
public record UserAccount(long id, String username, String displayName, String email, Role role, String authorityCode,
		boolean enabled, boolean mustChangePassword, Instant lockedUntil, Instant lastLoginAt, Instant createdAt)
		implements java.io.Serializable {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
