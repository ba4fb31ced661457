package org.stocktake.platform.security;

import java.util.Locale;

/** The roles of CONTRACT.md; anonymous visitors have none. */
public enum Role {
	COUNCIL, MEMBER, OFFICER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public static Role parse(String text) {
		return Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
	}
}
