package org.stocktake.data.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.stocktake.data.Polarity;

/**
 * The statistics of CONTRACT.md over a group's values: competition ranking by polarity, quartile
 * ⌈4·rank/n⌉, percentile 100·(n−rank)/(n−1), mean, median, population standard deviation.
 */
public final class Statistics {

	private Statistics() {
	}

	/** A value with its rank among all of them. */
	public record Ranked<T>(T item, BigDecimal value, int rank) {
	}

	/** Ranks values best first: equal values share the rank of the first of them (1, 2, 2, 4). */
	public static <T> List<Ranked<T>> rank(List<T> items, java.util.function.Function<T, BigDecimal> value, Polarity polarity) {
		Comparator<BigDecimal> order = polarity.higherFirst() ? Comparator.reverseOrder() : Comparator.naturalOrder();
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(value, order));
		List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal v = value.apply(sorted.get(i));
			int rank = i > 0 && v.compareTo(ranked.get(i - 1).value()) == 0 ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Ranked<>(sorted.get(i), v, rank));
		}
		return ranked;
	}

	public static int quartile(int rank, int n) {
		return (int) Math.ceil(4.0 * rank / n);
	}

	/** 100 for the best, 0 for the worst; 100 when the group has only one value. */
	public static double percentile(int rank, int n) {
		return n == 1 ? 100.0 : 100.0 * (n - rank) / (n - 1);
	}

	public static double mean(List<BigDecimal> values) {
		return sum(values).divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).doubleValue();
	}

	/** The middle value, or the mean of the two middle values. */
	public static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64).stripTrailingZeros();
	}

	/** The population standard deviation (dividing by n). */
	public static double standardDeviation(List<BigDecimal> values) {
		double mean = mean(values);
		double squares = 0;
		for (BigDecimal v : values) {
			double d = v.doubleValue() - mean;
			squares += d * d;
		}
		return Math.sqrt(squares / values.size());
	}

	static BigDecimal sum(List<BigDecimal> values) {
		BigDecimal total = BigDecimal.ZERO;
		for (BigDecimal v : values) {
			total = total.add(v);
		}
		return total;
	}

	public static double round(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
	}
}
