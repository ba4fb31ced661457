package org.stocktake.oversight;

import java.util.List;

/**
 * A financial-health indicator held as data: the sum of the numerator measures as a percentage of the
 * denominator measure, flagged when it falls in the quarter of the authority's type furthest in
 * direction {@code flagWhen} ({@code HIGH} or {@code LOW}).
 */
public record FinanceIndicator(String id, String name, List<String> numeratorMeasures, String denominatorMeasure, String flagWhen,
		String meaning, String source) {

	public FinanceIndicator {
		numeratorMeasures = List.copyOf(numeratorMeasures);
	}
}
