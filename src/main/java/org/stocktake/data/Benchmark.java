package org.stocktake.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * One measure in one period compared within a group, as {@code GET /api/v1/benchmark} answers it.
 * The area's {@code value}, {@code rank} (competition ranking, 1 = best by polarity; a "position" by
 * value descending for neutral measures), {@code quartile} = ⌈4·rank/n⌉, {@code percentile} =
 * 100·(n−rank)/(n−1), and {@code sdFromMean} (population standard deviation); the group's
 * {@code count}, {@code median}, {@code mean} (the simple mean of council values), {@code min},
 * {@code max}; a {@code weightedMean} only with its {@code weightMeasure} named. Members without a
 * value, or of a kind the measure does not apply to, are left out of every statistic.
 */
public record Benchmark(String measure, String measureTitle, Unit unit, Polarity polarity, int decimalPlaces, String orderWord,
		String period, String group, String groupName, String area, String areaName, BigDecimal value, ValueStatus status, String marker,
		Integer rank, Integer quartile, Double percentile, Double sdFromMean, int count, BigDecimal median, Double mean,
		BigDecimal min, BigDecimal max, Double standardDeviation, Double weightedMean, String weightMeasure, String weightPeriod,
		Double englandMean, Integer englandCount, Double regionMean, Integer regionCount, String region, String regionName,
		Change change, Change changeOnYear, List<Member> members, List<Absent> withoutValue, int excludedNotApplicable) {

	/** A member with a value, in ranked order. */
	public record Member(String gssCode, String name, BigDecimal value, ValueStatus status, int rank, int quartile, Double percentile) {
	}

	/** A member the measure applies to but that has no number: suppressed, missing, or no row at all (status null). */
	public record Absent(String gssCode, String name, ValueStatus status, String marker) {
	}

	/** The change from an earlier period (the previous one, or the same one a year before), when the area has a value in both. */
	public record Change(String previousPeriod, BigDecimal previousValue, BigDecimal difference, Double percentDifference) {
	}
}
