package org.stocktake.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of every authenticated request, whether by form, HTTP Basic or access token. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private final UserAccount account;
	private String passwordHash;
	private final boolean locked;

	SignedInUser(UserAccount account, String passwordHash, boolean locked) {
		this.account = account;
		this.passwordHash = passwordHash;
		this.locked = locked;
	}

	public UserAccount account() {
		return account;
	}

	public long id() {
		return account.id();
	}

	public Role role() {
		return account.role();
	}

	/** The GSS code of the authority a COUNCIL user acts for, or null. */
	public String authorityCode() {
		return account.authorityCode();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(account.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return account.enabled();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.account.id() == account.id();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(account.id());
	}
}
