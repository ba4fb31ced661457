package org.stocktake.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles the directory records, for councillors, council officers and the association's officers. */
public enum RoleType {

	LEADER,
	DEPUTY_LEADER,
	ELECTED_MAYOR,
	CIVIC_CHAIR,
	CABINET_MEMBER,
	COMMITTEE_CHAIR,
	OPPOSITION_LEADER,
	CHIEF_EXECUTIVE,
	DIRECTOR_OF_CHILDRENS_SERVICES,
	DIRECTOR_OF_ADULT_SOCIAL_SERVICES,
	DIRECTOR_OF_PUBLIC_HEALTH,
	CHIEF_FINANCE_OFFICER,
	MONITORING_OFFICER,
	CHIEF_FIRE_OFFICER,
	BOARD_MEMBER,
	PRINCIPAL_ADVISER,
	IMPROVEMENT_ADVISER,
	PROGRAMME_MANAGER;

	public String messageKey() {
		return "roleType." + name();
	}

	/** Reads a role by its name (any case; spaces, hyphens and apostrophes allowed: "Director of children's services"). */
	public static Optional<RoleType> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace("'", "").replace('’', ' ').replace(" ", "_").replace('-', '_');
		if (t.equals("PORTFOLIO_HOLDER") || t.equals("CABINET_OR_PORTFOLIO_HOLDER")) {
			return Optional.of(CABINET_MEMBER);
		}
		return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
	}
}
