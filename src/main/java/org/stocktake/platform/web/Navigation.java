package org.stocktake.platform.web;

import java.util.function.Predicate;

import org.springframework.security.core.Authentication;

/**
 * One item of the service navigation. Modules contribute their own as beans; {@code visibleTo}
 * hides items a visitor cannot use (the server still enforces access).
 */
public record Navigation(int order, String href, String labelKey, Predicate<Authentication> visibleTo) {

	public static Predicate<Authentication> everyone() {
		return auth -> true;
	}

	public static Predicate<Authentication> signedIn() {
		return auth -> auth != null && auth.isAuthenticated() && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

	public static Predicate<Authentication> withRole(String... roles) {
		return auth -> signedIn().test(auth) && auth.getAuthorities().stream()
			.anyMatch(a -> java.util.Arrays.stream(roles).anyMatch(r -> a.getAuthority().equals("ROLE_" + r)));
	}

	/** What the layout renders for one request. */
	public record Item(String href, String labelKey, boolean active) {
	}
}
