package org.stocktake.people.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.stocktake.people.Party;
import org.stocktake.people.PersonType;
import org.stocktake.people.RoleType;

/**
 * A person as a file or a form sets them, compared field by field with what is stored so that
 * re-importing the same file changes nothing. Roles are kept in one canonical order.
 */
public record PersonState(String ref, String name, PersonType type, String areaCode, String authorityGssCode, Party party,
		String email, String phone, boolean fictitious, List<RoleState> roles) {

	static final Comparator<RoleState> ROLE_ORDER = Comparator.comparing(RoleState::startDate, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(RoleState::type)
		.thenComparing(RoleState::title, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(RoleState::region, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(RoleState::endDate, Comparator.nullsFirst(Comparator.naturalOrder()));

	public PersonState {
		roles = roles.stream().sorted(ROLE_ORDER).toList();
	}

	PersonState withRoles(List<RoleState> newRoles) {
		return new PersonState(ref, name, type, areaCode, authorityGssCode, party, email, phone, fictitious, newRoles);
	}

	/** One role; {@code region} is an ONS region code. */
	public record RoleState(RoleType type, String title, String region, LocalDate startDate, LocalDate endDate) {
	}
}
