package org.stocktake.leadership.web;

import org.springframework.security.core.Authentication;

/** Who is reading: officers (and admins) see every booking; others at most their own authority's. */
final class Readers {

	private Readers() {
	}

	static boolean officer(Authentication auth) {
		return auth != null && auth.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN"));
	}
}
