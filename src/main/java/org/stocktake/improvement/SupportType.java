package org.stocktake.improvement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of support beyond peer challenge that the association records (004, Annex A and the Productivity Programme). */
public enum SupportType {

	CHANGE_OF_CONTROL_OR_NEW_LEADER, BESPOKE_MENTORING, TOP_TEAM_DEVELOPMENT, FOLLOW_UP_WORK, DIRECT_IMPROVEMENT_SUPPORT, PRODUCTIVITY_EXPERT,
	ECONOMIC_GROWTH_ADVISER, HOUSING_ADVISER, DIGITAL_EXPERT, FINANCE_REVIEW;

	public String messageKey() {
		return "support.type." + name();
	}

	/** Case-insensitive; spaces and hyphens read as underscores. */
	public static Optional<SupportType> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
	}
}
