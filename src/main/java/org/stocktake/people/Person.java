package org.stocktake.people;

import java.time.LocalDate;
import java.util.List;

import org.stocktake.register.Region;

/**
 * A person in the directory. {@code ref} is the stable identifier its import gave it;
 * {@code fictitious} marks demonstration people, who never stand for anyone real. Contact details
 * ({@code email}, {@code phone}) are personal data: see {@link Visibility}.
 */
public record Person(long id, String ref, String name, PersonType type, String authorityGssCode, String authorityName,
		Party party, String email, String phone, boolean fictitious, List<PersonRole> roles) {

	public Person {
		roles = List.copyOf(roles);
	}

	public List<PersonRole> rolesHeldOn(LocalDate day) {
		return roles.stream().filter(r -> r.heldOn(day)).toList();
	}

	/** The regions this person is currently responsible for (association officers). */
	public List<Region> regionsOn(LocalDate day) {
		return rolesHeldOn(day).stream().map(PersonRole::region).filter(java.util.Objects::nonNull).distinct().toList();
	}

	/** The same person without personal contact details, for readers who may not see them. */
	public Person withoutContact() {
		return new Person(id, ref, name, type, authorityGssCode, authorityName, party, null, null, fictitious, roles);
	}
}
