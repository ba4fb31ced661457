package org.stocktake.data;

import java.math.BigDecimal;
import java.util.List;

/** Every measure of a theme (or all themes) for one area, in its latest period, with rank and quartile in a group and its direction of travel. */
public record AreaProfile(String area, String areaName, String theme, String group, String groupName, List<Item> items) {

	public record Item(String measure, String title, Unit unit, Polarity polarity, int decimalPlaces, List<String> themes, String period,
			BigDecimal value, ValueStatus status, String marker, Integer rank, Integer quartile, Double percentile, int count,
			String orderWord, Double mean, BigDecimal median, Direction direction) {
	}
}
