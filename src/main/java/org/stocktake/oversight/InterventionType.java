package org.stocktake.oversight;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms government intervention in an authority takes. */
public enum InterventionType {

	IMPROVEMENT_NOTICE, STATUTORY_DIRECTION, COMMISSIONER, CHILDRENS_SERVICES_TRUST, BEST_VALUE_INSPECTION;

	public String messageKey() {
		return "interventionType." + name();
	}

	public static Optional<InterventionType> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replace("'", "");
		return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
	}
}
