package org.stocktake.performance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key targets (Annex A) counted by rating, overall and by theme, with the sentence the board
 * report opens its performance section with ("Of the 26 key targets, 15 are rated green and 11 amber.").
 */
public record RagSummary(int targets, Map<Rag, Integer> counts, Map<String, Map<Rag, Integer>> byTheme) {

	public static RagSummary of(Plan plan) {
		Map<Rag, Integer> counts = empty();
		Map<String, Map<Rag, Integer>> byTheme = new LinkedHashMap<>();
		int n = 0;
		for (Map.Entry<String, List<Target>> theme : plan.annexA().entrySet()) {
			Map<Rag, Integer> themeCounts = empty();
			for (Target t : theme.getValue()) {
				themeCounts.merge(t.rag(), 1, Integer::sum);
				counts.merge(t.rag(), 1, Integer::sum);
				n++;
			}
			byTheme.put(theme.getKey(), themeCounts);
		}
		return new RagSummary(n, counts, byTheme);
	}

	private static Map<Rag, Integer> empty() {
		Map<Rag, Integer> m = new EnumMap<>(Rag.class);
		for (Rag r : Rag.values()) {
			m.put(r, 0);
		}
		return m;
	}

	public int count(Rag rag) {
		return counts.get(rag);
	}

	/** "Of the 26 key targets, 15 are rated green and 11 amber." — colours with no targets are left out. */
	public String sentence() {
		if (targets == 0) {
			return "There are no key targets in the plan yet.";
		}
		List<String> parts = new ArrayList<>();
		String[] words = { "green", "amber", "red", "not yet rated" };
		Rag[] order = { Rag.GREEN, Rag.AMBER, Rag.RED, Rag.NOT_RATED };
		for (int i = 0; i < order.length; i++) {
			int c = counts.get(order[i]);
			if (c > 0) {
				parts.add(c + " " + words[i]);
			}
		}
		String list = parts.size() == 1 ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
		String noun = targets == 1 ? "key target" : "key targets";
		if (parts.size() == 1) {
			return "Of the " + targets + " " + noun + ", " + (targets == 1 ? "it is" : "all are") + " rated " + list.replaceFirst("^\\d+ ", "") + ".";
		}
		String first = list.replaceFirst("^(\\d+) ", "$1 " + (counts.get(firstRag()) == 1 ? "is" : "are") + " rated ");
		return "Of the " + targets + " " + noun + ", " + first + ".";
	}

	private Rag firstRag() {
		for (Rag r : new Rag[] { Rag.GREEN, Rag.AMBER, Rag.RED, Rag.NOT_RATED }) {
			if (counts.get(r) > 0) {
				return r;
			}
		}
		return Rag.GREEN;
	}
}
