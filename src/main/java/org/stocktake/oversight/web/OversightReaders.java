package org.stocktake.oversight.web;

import org.springframework.security.core.Authentication;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.SignedInUser;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/** Who may see an authority's oversight record: officers and admins any; a council's user only its own. */
final class OversightReaders {

	private OversightReaders() {
	}

	static boolean isOfficer(Authentication auth) {
		return auth != null && auth.getPrincipal() instanceof SignedInUser user && (user.role() == Role.OFFICER || user.role() == Role.ADMIN);
	}

	static void checkMaySee(Authentication auth, Area area, Register register) {
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
			if (user.role() == Role.OFFICER || user.role() == Role.ADMIN) {
				return;
			}
			if (register.ownAuthority(auth).map(own -> own.code().equals(area.code())).orElse(false)) {
				return;
			}
		}
		throw new ForbiddenException("Only officers and the authority's own users may see its oversight record");
	}
}
