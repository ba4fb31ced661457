package org.stocktake.data.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stocktake.register.Area;

/**
 * The register's authorities by current and former GSS code, read once per import, with
 * suggestions for a code the register does not know (the closest codes and names).
 */
final class AreaCodes {

	private final List<Area> areas;
	private final Map<String, Area> byCode = new HashMap<>();
	private final Map<String, List<String>> suggestions = new HashMap<>();

	AreaCodes(List<Area> areas) {
		this.areas = areas;
		for (Area a : areas) {
			for (String former : a.formerGssCodes()) {
				byCode.put(former, a);
			}
		}
		for (Area a : areas) {
			byCode.put(a.gssCode(), a);
		}
	}

	/** The authority with this current or former GSS code, or null. */
	Area resolve(String code) {
		return byCode.get(code.trim().toUpperCase(Locale.ROOT));
	}

	/** Up to three authorities whose code or name is closest to {@code text}, as "E08000007 (Stockport)". */
	List<String> suggest(String text) {
		return suggestions.computeIfAbsent(text, t -> {
			String code = t.trim().toUpperCase(Locale.ROOT);
			String name = t.trim().toLowerCase(Locale.ROOT);
			record Scored(Area area, int distance) {
			}
			List<Scored> scored = new ArrayList<>();
			for (Area a : areas) {
				int d = Math.min(distance(code, a.gssCode()), distance(name, a.name().toLowerCase(Locale.ROOT)));
				scored.add(new Scored(a, d));
			}
			return scored.stream()
				.sorted(Comparator.comparingInt(Scored::distance).thenComparing(s -> !s.area().current()).thenComparing(s -> s.area().gssCode()))
				.limit(3)
				.map(s -> s.area().gssCode() + " (" + s.area().name() + ")")
				.toList();
		});
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
