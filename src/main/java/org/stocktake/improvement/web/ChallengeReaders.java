package org.stocktake.improvement.web;

import org.springframework.security.core.Authentication;
import org.stocktake.improvement.PeerChallenge;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.SignedInUser;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.register.Register;

/** Who may see or request a challenge: officers and admins any; a council's user only its own authority's. */
final class ChallengeReaders {

	private ChallengeReaders() {
	}

	static boolean officer(Authentication auth) {
		return auth != null && auth.getPrincipal() instanceof SignedInUser user && (user.role() == Role.OFFICER || user.role() == Role.ADMIN);
	}

	/** The GSS code of the council user's own authority (its current code), or null for officers. */
	static String ownAuthority(Authentication auth, Register register) {
		if (officer(auth)) {
			return null;
		}
		return register.ownAuthority(auth).map(a -> a.gssCode()).orElseThrow(ChallengeReaders::refused);
	}

	static void checkMaySee(Authentication auth, PeerChallenge challenge, Register register) {
		String own = ownAuthority(auth, register);
		if (own != null && !own.equals(challenge.areaGssCode())) {
			throw refused();
		}
	}

	static void checkMayRequestFor(Authentication auth, String gssCode, Register register) {
		String own = ownAuthority(auth, register);
		// A blank or unknown code is left to the service, which says what is wrong with it.
		if (own != null && gssCode != null && !gssCode.isBlank() && register.find(gssCode).isPresent()
				&& !register.find(gssCode).get().gssCode().equals(own)) {
			throw new ForbiddenException("A council's user may request peer challenges only for its own authority");
		}
	}

	private static ForbiddenException refused() {
		return new ForbiddenException("Only officers and the authority's own users may see its peer challenges");
	}
}
