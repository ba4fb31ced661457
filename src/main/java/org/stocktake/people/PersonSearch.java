package org.stocktake.people;

import org.stocktake.register.Region;

/**
 * Filters of the directory; any may be null. {@code role} and {@code region} match roles held today.
 * {@code visibility} limits the result to the people the reader may see.
 */
public record PersonSearch(String q, String authorityGss, RoleType role, Party party, PersonType type, Region region,
		Visibility visibility) {

	public static PersonSearch everyone() {
		return new PersonSearch(null, null, null, null, null, null, Visibility.everything());
	}
}
