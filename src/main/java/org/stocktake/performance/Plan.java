package org.stocktake.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A year's business plan as at the end of one quarter, its targets in theme and plan order. */
public record Plan(long id, FinancialYear year, String title, boolean demonstration, int asAtQuarter, List<String> themes,
		List<Target> targets) {

	public Plan {
		themes = List.copyOf(themes);
		targets = List.copyOf(targets);
	}

	/** The key targets (Annex A) grouped by theme. */
	public Map<String, List<Target>> annexA() {
		return grouped(targets.stream().filter(Target::inAnnexA).toList());
	}

	/** The quarterly deliverables (Annex B) grouped by theme. */
	public Map<String, List<Target>> annexB() {
		return grouped(targets.stream().filter(Target::inAnnexB).toList());
	}

	public Map<String, List<Target>> byTheme() {
		return grouped(targets);
	}

	private Map<String, List<Target>> grouped(List<Target> list) {
		Map<String, List<Target>> map = new LinkedHashMap<>();
		for (String theme : themes) {
			List<Target> of = new ArrayList<>(list.stream().filter(t -> t.theme().equals(theme)).toList());
			if (!of.isEmpty()) {
				map.put(theme, of);
			}
		}
		return map;
	}
}
