package org.stocktake.people.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;
import org.stocktake.people.Party;
import org.stocktake.people.PersonSearch;
import org.stocktake.people.PersonType;
import org.stocktake.people.RoleType;
import org.stocktake.people.Visibility;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.GssCode;
import org.stocktake.register.Region;

/**
 * The directory's filters as they arrive in a query string, read once for the pages, the CSV and
 * the API, with a 400 naming the parameter when one is wrong.
 */
record PeopleFilters(String q, String authority, String role, String party, String type, String region) {

	PersonSearch toSearch(Visibility visibility) {
		List<FieldError> errors = new ArrayList<>();
		String gss = null;
		if (present(authority)) {
			gss = authority.trim().toUpperCase(java.util.Locale.ROOT);
			if (!GssCode.isValid(gss)) {
				errors.add(FieldError.field("authority", authority, "authority must be a GSS code, a letter and eight digits like E08000007"));
			}
		}
		RoleType r = null;
		if (present(role)) {
			r = RoleType.parse(role).orElse(null);
			if (r == null) {
				errors.add(FieldError.field("role", role, "role must be one of " + Arrays.toString(RoleType.values())));
			}
		}
		Party p = null;
		if (present(party)) {
			p = Party.parse(party).orElse(null);
			if (p == null) {
				errors.add(FieldError.field("party", party, "party must be one of " + Arrays.toString(Party.values())));
			}
		}
		PersonType t = null;
		if (present(type)) {
			t = PersonType.parse(type).orElse(null);
			if (t == null) {
				errors.add(FieldError.field("type", type, "type must be one of " + Arrays.toString(PersonType.values())));
			}
		}
		Region reg = null;
		if (present(region)) {
			reg = Region.parse(region).orElse(null);
			if (reg == null) {
				errors.add(FieldError.field("region", region, "region must be an ONS region code, E12000001 to E12000009 or W92000004"));
			}
		}
		if (q != null && q.length() > 200) {
			errors.add(FieldError.field("q", q.substring(0, 20) + "…", "q must be at most 200 characters"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		return new PersonSearch(present(q) ? q.trim() : null, gss, r, p, t, reg, visibility);
	}

	/** The same filters as a query string, for pagination and download links. */
	String queryString(String path) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		add(b, "q", q);
		add(b, "authority", authority);
		add(b, "role", role);
		add(b, "party", party);
		add(b, "type", type);
		add(b, "region", region);
		return b.build().encode().toUriString();
	}

	private static void add(UriComponentsBuilder b, String name, String value) {
		if (present(value)) {
			b.queryParam(name, value);
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
