package org.stocktake.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a person in the directory is: an elected member, a council's officer, or one of the association's staff. */
public enum PersonType {

	COUNCILLOR, OFFICER, ASSOCIATION_OFFICER;

	/** Councillors hold public office: their name, authority, party and roles may be shown to anyone. */
	public boolean publicOffice() {
		return this == COUNCILLOR;
	}

	/** Councillors and council officers belong to an authority; the association's officers do not. */
	public boolean needsAuthority() {
		return this != ASSOCIATION_OFFICER;
	}

	public String messageKey() {
		return "personType." + name();
	}

	public static Optional<PersonType> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
	}
}
