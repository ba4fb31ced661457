package org.stocktake.data.web;

import org.springframework.security.core.Authentication;
import org.stocktake.platform.web.Navigation;

/** Whether the visitor is signed in, which is what restricted measures ask. */
final class Viewer {

	private Viewer() {
	}

	static boolean signedIn(Authentication auth) {
		return Navigation.signedIn().test(auth);
	}
}
