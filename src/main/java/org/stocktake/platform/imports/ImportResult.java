package org.stocktake.platform.imports;

import java.util.List;

/** What an import did (or, on a dry run, would do), as CONTRACT.md reports it. */
public record ImportResult(int inserted, int updated, int unchanged, int skipped, List<String> warnings, boolean dryRun) implements java.io.Serializable {

	public ImportResult {
		warnings = List.copyOf(warnings);
	}
}
