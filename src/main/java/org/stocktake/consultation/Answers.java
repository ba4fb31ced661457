package org.stocktake.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A respondent's answers by question key. Every answer is a list of strings: the chosen option
 * labels, the text, the scale point or the number; an unanswered question is absent.
 */
public record Answers(Map<String, List<String>> values) {

	public Answers {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		values.forEach((k, v) -> {
			List<String> kept = v == null ? List.of() : v.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
			if (!kept.isEmpty()) {
				copy.put(k, kept);
			}
		});
		values = java.util.Collections.unmodifiableMap(copy);
	}

	public static Answers none() {
		return new Answers(Map.of());
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<String> get(String key) {
		return values.getOrDefault(key, List.of());
	}

	public String first(String key) {
		List<String> v = get(key);
		return v.isEmpty() ? null : v.get(0);
	}

	public boolean has(String key) {
		return values.containsKey(key);
	}

	public static final class Builder {

		private final Map<String, List<String>> values = new LinkedHashMap<>();

		public Builder answer(String key, String... value) {
			values.put(key, List.of(value));
			return this;
		}

		public Builder answer(String key, int value) {
			return answer(key, Integer.toString(value));
		}

		public Answers build() {
			return new Answers(values);
		}
	}
}
