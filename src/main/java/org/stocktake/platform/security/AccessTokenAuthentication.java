package org.stocktake.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API request authenticated by a personal access token. */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

	private final SignedInUser user;

	AccessTokenAuthentication(SignedInUser user) {
		super(user.getAuthorities());
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public SignedInUser getPrincipal() {
		return user;
	}
}
