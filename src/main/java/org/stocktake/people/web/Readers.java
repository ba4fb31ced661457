package org.stocktake.people.web;

import org.springframework.security.core.Authentication;
import org.stocktake.people.Visibility;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.SignedInUser;

/**
 * What a request's reader may see of the directory: officers and admins everything; a council's user
 * councillors everywhere and its own authority's people with contact details; everyone else
 * councillors' public roles only.
 */
final class Readers {

	private Readers() {
	}

	static Visibility visibility(Authentication auth) {
		if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
			return Visibility.publicOnly();
		}
		if (user.role() == Role.OFFICER || user.role() == Role.ADMIN) {
			return Visibility.everything();
		}
		if (user.role() == Role.COUNCIL && user.authorityCode() != null) {
			return Visibility.publicAnd(user.authorityCode());
		}
		return Visibility.publicOnly();
	}
}
