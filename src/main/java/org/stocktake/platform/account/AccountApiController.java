package org.stocktake.platform.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.platform.security.SignedInUser;

/** Lets a script check which account its token or password signs it in as. */
@RestController
class AccountApiController {

	record Me(String username, String displayName, String role, String authorityCode) {
	}

	@GetMapping("/api/v1/account")
	Me me(@AuthenticationPrincipal SignedInUser user) {
		return new Me(user.getUsername(), user.account().displayName(), user.role().name(), user.authorityCode());
	}
}
