package org.stocktake.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A named way of finding each authority's most similar peers. A {@code COMPUTED} model standardises
 * its variables (z-scores over the authorities that have all of them), weights them and ranks the
 * Euclidean distances among authorities of the same kind; an {@code IMPORTED} model is a list someone
 * published, kept as they published it, with its source.
 */
public record NeighbourModel(String id, String name, String description, Kind kind, String source, int size, Integer year,
		OffsetDateTime computedAt, List<Variable> variables) {

	public enum Kind {
		COMPUTED, IMPORTED
	}

	/** One contextual measure of a computed model; {@code logScale} compares orders of magnitude (population). */
	public record Variable(String measureId, BigDecimal weight, boolean logScale) {
	}
}
