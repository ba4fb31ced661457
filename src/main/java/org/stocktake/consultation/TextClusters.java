package org.stocktake.consultation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups short texts by TF-IDF cosine similarity (average-linkage agglomerative clustering with a
 * similarity floor), enough to put answers about the same thing side by side. Deterministic: the
 * same answers always give the same groups.
 */
final class TextClusters {

	static final double MIN_SIMILARITY = 0.2;

	private static final Set<String> STOP = Set.of("the", "and", "for", "that", "this", "with", "are", "was", "were", "not", "but", "have", "has",
			"had", "from", "they", "their", "them", "there", "what", "which", "who", "will", "would", "should", "could", "can", "more", "all", "any",
			"our", "out", "its", "also", "been", "being", "into", "than", "then", "very", "some", "such", "about", "other", "these", "those", "you",
			"your", "does", "did", "doing", "just", "only", "need", "needs", "much", "many", "how", "why", "when", "where", "each", "lga", "council",
			"councils", "yes", "don", "think");

	record Cluster(List<Integer> members, List<String> terms) {
	}

	private TextClusters() {
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (w.length() >= 3 && !STOP.contains(w)) {
				words.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
			}
		}
		return words;
	}

	/** Clusters of at least two texts, largest first, each with its three most weighty terms. */
	static List<Cluster> cluster(List<String> texts) {
		int n = texts.size();
		List<Map<String, Double>> vectors = vectors(texts);
		List<List<Integer>> groups = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (!vectors.get(i).isEmpty()) {
				groups.add(new ArrayList<>(List.of(i)));
			}
		}
		double[][] sim = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				sim[i][j] = sim[j][i] = cosine(vectors.get(i), vectors.get(j));
			}
		}
		while (groups.size() > 1) {
			double best = MIN_SIMILARITY;
			int a = -1;
			int b = -1;
			for (int i = 0; i < groups.size(); i++) {
				for (int j = i + 1; j < groups.size(); j++) {
					double s = average(groups.get(i), groups.get(j), sim);
					if (s > best) {
						best = s;
						a = i;
						b = j;
					}
				}
			}
			if (a < 0) {
				break;
			}
			groups.get(a).addAll(groups.remove(b));
		}
		List<Cluster> clusters = new ArrayList<>();
		for (List<Integer> g : groups) {
			if (g.size() >= 2) {
				g.sort(Integer::compare);
				clusters.add(new Cluster(List.copyOf(g), terms(g, vectors)));
			}
		}
		clusters.sort(Comparator.comparingInt((Cluster c) -> -c.members().size()).thenComparing(c -> c.members().get(0)));
		return clusters;
	}

	static List<Map<String, Double>> vectors(List<String> texts) {
		List<Map<String, Integer>> counts = new ArrayList<>();
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (String t : texts) {
			Map<String, Integer> c = new HashMap<>();
			words(t).forEach(w -> c.merge(w, 1, Integer::sum));
			c.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
			counts.add(c);
		}
		List<Map<String, Double>> vectors = new ArrayList<>();
		for (Map<String, Integer> c : counts) {
			Map<String, Double> v = new HashMap<>();
			c.forEach((w, f) -> v.put(w, f * (Math.log((1.0 + texts.size()) / (1.0 + documentFrequency.get(w))) + 1.0)));
			double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
			if (norm > 0) {
				v.replaceAll((w, x) -> x / norm);
			}
			vectors.add(v);
		}
		return vectors;
	}

	static double cosine(Map<String, Double> a, Map<String, Double> b) {
		double dot = 0;
		for (Map.Entry<String, Double> e : a.entrySet()) {
			Double other = b.get(e.getKey());
			if (other != null) {
				dot += e.getValue() * other;
			}
		}
		return dot;
	}

	private static double average(List<Integer> a, List<Integer> b, double[][] sim) {
		double total = 0;
		for (int i : a) {
			for (int j : b) {
				total += sim[i][j];
			}
		}
		return total / (a.size() * b.size());
	}

	private static List<String> terms(List<Integer> members, List<Map<String, Double>> vectors) {
		Map<String, Double> weight = new HashMap<>();
		Map<String, Set<Integer>> in = new HashMap<>();
		for (int i : members) {
			vectors.get(i).forEach((w, x) -> {
				weight.merge(w, x, Double::sum);
				in.computeIfAbsent(w, k -> new HashSet<>()).add(i);
			});
		}
		return weight.entrySet().stream()
			.sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * in.get(e.getKey()).size()).thenComparing(Map.Entry::getKey))
			.limit(3).map(Map.Entry::getKey).toList();
	}
}
