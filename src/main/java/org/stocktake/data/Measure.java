package org.stocktake.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.stocktake.register.AreaType;

/**
 * One measure of the catalogue: what is counted, in which unit, which way is better, how often,
 * for which kinds of authority, and where the figures come from under which licence.
 *
 * @param weightMeasure the measure (such as population) whose values weight a weighted mean, or null
 * @param restricted whether only signed-in users may see it
 */
public record Measure(String id, String title, String description, Unit unit, Polarity polarity, int decimalPlaces,
		String source, String sourceUrl, String licence, Periodicity periodicity, Set<AreaType> areaTypes, List<String> themes,
		boolean restricted, BigDecimal minValue, BigDecimal maxValue, String weightMeasure) {

	public Measure {
		areaTypes = Set.copyOf(areaTypes);
		themes = List.copyOf(themes);
	}

	public boolean appliesTo(AreaType type) {
		return areaTypes.contains(type);
	}

	/** Whether {@code value} lies in the measure's valid range (bounds included). */
	public boolean inRange(BigDecimal value) {
		return (minValue == null || value.compareTo(minValue) >= 0) && (maxValue == null || value.compareTo(maxValue) <= 0);
	}

	/** "rank" for measures with a better direction, "position" for neutral ones. */
	public String orderWord() {
		return polarity == Polarity.NEUTRAL ? "position" : "rank";
	}
}
