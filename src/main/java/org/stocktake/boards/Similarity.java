package org.stocktake.boards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of short texts and their cosine similarity. Words are lower-cased, common English
 * words dropped and plural and verb endings stripped, so "councils" and "council", "reviewing" and
 * "review" count as the same word. Words that are everywhere weigh little (inverse document frequency).
 */
final class Similarity {

	private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "are", "was", "were", "will", "have",
			"has", "had", "been", "their", "they", "them", "which", "who", "into", "onto", "its", "our", "but", "not", "all", "any", "can",
			"also", "more", "most", "other", "such", "than", "then", "there", "these", "those", "about", "across", "through", "over", "under",
			"between", "each", "both", "how", "what", "when", "where", "while", "would", "should", "could", "being", "out", "per", "via",
			"lga", "local", "government", "association", "board", "boards", "council", "councils", "authority", "authorities", "work",
			"support", "programme", "project");

	private final List<Map<String, Double>> vectors = new ArrayList<>();
	private final List<Set<String>> words = new ArrayList<>();

	Similarity(List<String> texts) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		List<Map<String, Integer>> counts = new ArrayList<>();
		for (String text : texts) {
			Map<String, Integer> count = new HashMap<>();
			for (String w : words(text)) {
				count.merge(w, 1, Integer::sum);
			}
			count.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
			counts.add(count);
			words.add(count.keySet());
		}
		int n = texts.size();
		for (Map<String, Integer> count : counts) {
			Map<String, Double> v = new HashMap<>();
			double norm = 0;
			for (Map.Entry<String, Integer> e : count.entrySet()) {
				double weight = (1 + Math.log(e.getValue())) * (Math.log((n + 1.0) / (documentFrequency.get(e.getKey()) + 1.0)) + 1);
				v.put(e.getKey(), weight);
				norm += weight * weight;
			}
			double length = Math.sqrt(norm);
			v.replaceAll((k, w) -> length == 0 ? 0 : w / length);
			vectors.add(v);
		}
	}

	double cosine(int a, int b) {
		Map<String, Double> x = vectors.get(a);
		Map<String, Double> y = vectors.get(b);
		if (x.size() > y.size()) {
			Map<String, Double> t = x;
			x = y;
			y = t;
		}
		double sum = 0;
		for (Map.Entry<String, Double> e : x.entrySet()) {
			Double other = y.get(e.getKey());
			if (other != null) {
				sum += e.getValue() * other;
			}
		}
		return sum;
	}

	/** The words both texts have, heaviest first in the first text. */
	List<String> shared(int a, int b) {
		Set<String> both = new HashSet<>(words.get(a));
		both.retainAll(words.get(b));
		Map<String, Double> weights = vectors.get(a);
		return both.stream().sorted((p, q) -> Double.compare(weights.get(q), weights.get(p))).toList();
	}

	static List<String> words(String text) {
		List<String> out = new ArrayList<>();
		for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (raw.length() < 3 || STOP.contains(raw)) {
				continue;
			}
			String w = stem(raw);
			if (w.length() >= 3 && !STOP.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

	/** A light stemmer: enough to match the usual plural and verb forms of the same word. */
	static String stem(String w) {
		if (w.endsWith("ies") && w.length() > 4) {
			return w.substring(0, w.length() - 3) + "y";
		}
		if (w.endsWith("ing") && w.length() > 5) {
			return w.substring(0, w.length() - 3);
		}
		if (w.endsWith("ed") && w.length() > 4) {
			return w.substring(0, w.length() - 2);
		}
		if (w.endsWith("es") && w.length() > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
			return w.substring(0, w.length() - 2);
		}
		if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
			return w.substring(0, w.length() - 1);
		}
		return w;
	}
}
