package org.stocktake.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.stocktake.people.Party;
import org.stocktake.people.PersonType;
import org.stocktake.register.Area;

/**
 * The rules for a person's own details, shared by the import (which reports a row's column) and the
 * form (which reports a field), so both say the same thing about the same mistake.
 */
final class PersonFields {

	static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+$");
	static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,24}$");
	static final Pattern REF = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$");

	private PersonFields() {
	}

	/** One problem: the CSV column it is about, the value given, and what is wrong. */
	record Problem(String column, String value, String message) {
	}

	/** The details after checking; {@code area} is null for the association's officers. */
	record Checked(String name, PersonType type, Area area, Party party, String email, String phone) {
	}

	static Optional<Checked> check(String name, String typeText, String authorityText, String partyText, String email, String phone,
			Function<String, Optional<Area>> authorities, List<Problem> problems) {
		int before = problems.size();
		String n = name == null ? "" : name.trim();
		if (n.isEmpty()) {
			problems.add(new Problem(PersonImport.NAME, "", "Enter the person's name"));
		}
		else if (n.length() > 200) {
			problems.add(new Problem(PersonImport.NAME, n.substring(0, 20) + "…", "The name must be at most 200 characters"));
		}
		PersonType type = null;
		if (typeText == null || typeText.isBlank()) {
			problems.add(new Problem(PersonImport.TYPE, "", "Enter the person type: COUNCILLOR, OFFICER or ASSOCIATION_OFFICER"));
		}
		else {
			type = PersonType.parse(typeText).orElse(null);
			if (type == null) {
				problems.add(new Problem(PersonImport.TYPE, typeText, "Unknown person type; expected COUNCILLOR, OFFICER or ASSOCIATION_OFFICER"));
			}
		}
		Area area = null;
		String authority = authorityText == null ? "" : authorityText.trim().toUpperCase(Locale.ROOT);
		if (!authority.isEmpty()) {
			area = authorities.apply(authority).orElse(null);
			if (area == null) {
				problems.add(new Problem(PersonImport.AUTHORITY, authorityText.trim(),
						"Unknown authority code " + authority + ": no authority in the register has this GSS code"));
			}
			else if (type == PersonType.ASSOCIATION_OFFICER) {
				problems.add(new Problem(PersonImport.AUTHORITY, authorityText.trim(),
						"The association's officers belong to no authority: leave the authority blank"));
			}
		}
		else if (type != null && type.needsAuthority()) {
			problems.add(new Problem(PersonImport.AUTHORITY, "", "Enter the GSS code of the person's authority, like E08000007"));
		}
		Party party = null;
		if (partyText != null && !partyText.isBlank()) {
			party = Party.parse(partyText).orElse(null);
			if (party == null) {
				problems.add(new Problem(PersonImport.PARTY, partyText.trim(), "Unknown political group; expected one of "
						+ java.util.Arrays.toString(Party.values()) + " or an abbreviation such as Con, Lab, LD"));
			}
		}
		String e = email == null ? "" : email.trim();
		if (!e.isEmpty() && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
			problems.add(new Problem(PersonImport.EMAIL, e, "Enter an email address in the correct format, like name@example.org"));
		}
		String p = phone == null ? "" : phone.trim();
		if (!p.isEmpty() && !PHONE.matcher(p).matches()) {
			problems.add(new Problem(PersonImport.PHONE, p, "Enter a telephone number, like 020 7946 0000 or +44 20 7946 0000"));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Checked(n, type, area, party, blankToNull(e), blankToNull(p)));
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	static List<Problem> list() {
		return new ArrayList<>();
	}
}
