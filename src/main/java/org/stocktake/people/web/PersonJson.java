package org.stocktake.people.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.stocktake.people.Person;
import org.stocktake.people.PersonRole;

/** A person as the API returns them; {@code email} and {@code phone} are left out for readers who may not see them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonJson(long id, String ref, String name, String type, String authorityGssCode, String authorityName, String politicalGroup,
		boolean fictitious, String email, String phone, List<RoleJson> roles) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RoleJson(long id, String role, String title, String region, String regionName, LocalDate startDate, LocalDate endDate,
			boolean current) {
	}

	static PersonJson of(Person p, LocalDate today) {
		return new PersonJson(p.id(), p.ref(), p.name(), p.type().name(), p.authorityGssCode(), p.authorityName(),
				p.party() == null ? null : p.party().name(), p.fictitious(), p.email(), p.phone(),
				p.roles().stream().map(r -> role(r, today)).toList());
	}

	private static RoleJson role(PersonRole r, LocalDate today) {
		return new RoleJson(r.id(), r.type().name(), r.title(), r.region() == null ? null : r.region().code(),
				r.region() == null ? null : r.region().displayName(), r.startDate(), r.endDate(), r.heldOn(today));
	}
}
