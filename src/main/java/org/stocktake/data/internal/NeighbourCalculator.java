package org.stocktake.data.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a computed neighbour model, apart from any storage so that it can be checked by
 * hand: each variable is standardised over every candidate that has all the variables (population
 * standard deviation), distances are {@code sqrt(sum(weight * (za - zb)^2))}, and an authority's
 * neighbours are the nearest candidates of the same kind, ties broken by code so results repeat.
 */
public final class NeighbourCalculator {

	private NeighbourCalculator() {
	}

	/** A candidate: its code, the kind it is compared within, and its (already log-scaled where asked) values in variable order. */
	public record Candidate(String gss, String kind, double[] values) {
	}

	public record Result(Map<String, double[]> zScores, Map<String, List<Near>> neighbours) {
	}

	public record Near(String gss, int rank, double distance) {
	}

	public static Result compute(List<Candidate> candidates, double[] weights, int size) {
		int variables = weights.length;
		double[] mean = new double[variables];
		double[] sd = new double[variables];
		for (int v = 0; v < variables; v++) {
			double sum = 0;
			for (Candidate c : candidates) {
				sum += c.values()[v];
			}
			mean[v] = sum / candidates.size();
			double squares = 0;
			for (Candidate c : candidates) {
				squares += Math.pow(c.values()[v] - mean[v], 2);
			}
			sd[v] = Math.sqrt(squares / candidates.size());
		}
		Map<String, double[]> z = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			double[] zs = new double[variables];
			for (int v = 0; v < variables; v++) {
				// a variable on which every candidate is equal separates nobody
				zs[v] = sd[v] == 0 ? 0 : (c.values()[v] - mean[v]) / sd[v];
			}
			z.put(c.gss(), zs);
		}
		Map<String, List<Near>> neighbours = new LinkedHashMap<>();
		for (Candidate a : candidates) {
			List<Near> near = new ArrayList<>();
			for (Candidate b : candidates) {
				if (a == b || !a.kind().equals(b.kind())) {
					continue;
				}
				near.add(new Near(b.gss(), 0, distance(z.get(a.gss()), z.get(b.gss()), weights)));
			}
			near.sort(Comparator.comparingDouble(Near::distance).thenComparing(Near::gss));
			List<Near> ranked = new ArrayList<>();
			for (int i = 0; i < Math.min(size, near.size()); i++) {
				ranked.add(new Near(near.get(i).gss(), i + 1, near.get(i).distance()));
			}
			neighbours.put(a.gss(), ranked);
		}
		return new Result(z, neighbours);
	}

	public static double distance(double[] za, double[] zb, double[] weights) {
		double sum = 0;
		for (int v = 0; v < weights.length; v++) {
			sum += weights[v] * Math.pow(za[v] - zb[v], 2);
		}
		return Math.sqrt(sum);
	}
}
