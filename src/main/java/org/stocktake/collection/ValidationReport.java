package org.stocktake.collection;

import java.util.List;

/** The findings of the rules on a return: errors block submission, warnings need an explanation (a note on the value). */
public record ValidationReport(List<Finding> errors, List<Finding> warnings) {

	public ValidationReport {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public boolean blocksSubmission() {
		return !errors.isEmpty() || warnings.stream().anyMatch(w -> !w.explained());
	}

	public List<Finding> unexplainedWarnings() {
		return warnings.stream().filter(w -> !w.explained()).toList();
	}
}
