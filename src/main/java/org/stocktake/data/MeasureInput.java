package org.stocktake.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.platform.web.UnprocessableException;
import org.stocktake.register.AreaType;

/**
 * A measure as a client sends it (JSON of {@code POST /api/v1/measures} or a demonstration
 * definition). Enumerations are text so that every wrong field is reported at once.
 */
public record MeasureInput(String id, String title, String description, String unit, String polarity, Integer decimalPlaces,
		String source, String sourceUrl, String licence, String periodicity, List<String> areaTypes, List<String> themes,
		Boolean restricted, BigDecimal minValue, BigDecimal maxValue, String weightMeasure) {

	/** The kinds of authority a measure applies to when the input names none: every principal council. */
	public static final Set<AreaType> PRINCIPAL_COUNCILS = Set.copyOf(
			Arrays.stream(AreaType.values()).filter(AreaType::principalCouncil).toList());

	/** Checks every field and answers the measure, or 422 listing every problem. */
	public Measure toMeasure() {
		List<FieldError> errors = new ArrayList<>();
		if (id == null || id.isBlank()) {
			errors.add(FieldError.field("id", id, "id is required"));
		}
		else if (!id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
			errors.add(FieldError.field("id", id, "id must be lower-case letters, digits and hyphens, up to 80 characters, like recycling-rate"));
		}
		if (title == null || title.isBlank()) {
			errors.add(FieldError.field("title", title, "title is required"));
		}
		else if (title.length() > 300) {
			errors.add(FieldError.field("title", title, "title must be 300 characters or fewer"));
		}
		Unit u = required("unit", unit, Unit.parse(unit).orElse(null), Arrays.toString(Unit.values()), errors);
		Polarity p = required("polarity", polarity, Polarity.parse(polarity).orElse(null), Arrays.toString(Polarity.values()), errors);
		Periodicity per = required("periodicity", periodicity, Periodicity.parse(periodicity).orElse(null),
				Arrays.toString(Periodicity.values()), errors);
		int places = decimalPlaces == null ? 0 : decimalPlaces;
		if (places < 0 || places > 6) {
			errors.add(FieldError.field("decimalPlaces", String.valueOf(decimalPlaces), "decimalPlaces must be between 0 and 6"));
		}
		Set<AreaType> types = new LinkedHashSet<>();
		if (areaTypes == null || areaTypes.isEmpty()) {
			types.addAll(PRINCIPAL_COUNCILS);
		}
		else {
			for (String t : areaTypes) {
				AreaType.parse(t).ifPresentOrElse(types::add, () -> errors.add(FieldError.field("areaTypes", t,
						"\"" + t + "\" is not an area type; use one of " + Arrays.toString(AreaType.values()))));
			}
		}
		List<String> themeList = themes == null ? List.of() : themes.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
		for (String theme : themeList) {
			if (!theme.matches("[a-z0-9][a-z0-9-]{0,59}")) {
				errors.add(FieldError.field("themes", theme, "a theme is lower-case letters, digits and hyphens, like waste"));
			}
		}
		if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
			errors.add(FieldError.field("minValue", minValue.toPlainString(), "minValue must not be greater than maxValue"));
		}
		if (weightMeasure != null && !weightMeasure.isBlank() && weightMeasure.equals(id)) {
			errors.add(FieldError.field("weightMeasure", weightMeasure, "a measure cannot weight itself"));
		}
		if (!errors.isEmpty()) {
			throw new UnprocessableException("The measure has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s"), errors);
		}
		return new Measure(id, title.trim(), text(description), u, p, places, text(source), blankToNull(sourceUrl), text(licence), per, types,
				themeList, Boolean.TRUE.equals(restricted), minValue, maxValue, blankToNull(weightMeasure));
	}

	private static <T> T required(String field, String text, T parsed, String allowed, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(FieldError.field(field, text, field + " is required; use one of " + allowed));
		}
		else if (parsed == null) {
			errors.add(FieldError.field(field, text, "\"" + text + "\" is not a " + field + "; use one of " + allowed));
		}
		return parsed;
	}

	private static String text(String s) {
		return s == null ? "" : s.trim();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
