package org.stocktake.consultation;

import java.util.List;
import java.util.Objects;

/**
 * Shows a question only when the answer to an earlier question ({@code questionKey}) includes any
 * of {@code anyOf}; a question whose condition is not met is neither shown nor required, and any
 * answer to it is dropped.
 */
public record Condition(String questionKey, List<String> anyOf) {

	public Condition {
		Objects.requireNonNull(questionKey, "questionKey");
		anyOf = List.copyOf(anyOf);
		if (anyOf.isEmpty()) {
			throw new IllegalArgumentException("A condition needs at least one answer to match");
		}
	}

	public boolean metBy(Answers answers) {
		return answers.get(questionKey).stream().anyMatch(anyOf::contains);
	}
}
