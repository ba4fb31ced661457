package org.stocktake.data;

import java.math.BigDecimal;
import java.util.List;

/** What an officer gives to define (or redefine) a computed model; {@code year} null means the latest data. */
public record NeighbourModelInput(String id, String name, String description, Integer size, Integer year, List<VariableInput> variables) {

	/** A variable as given: an absent {@code logScale} means a linear scale. */
	public record VariableInput(String measureId, BigDecimal weight, Boolean logScale) {

		NeighbourModel.Variable toVariable() {
			return new NeighbourModel.Variable(measureId, weight, Boolean.TRUE.equals(logScale));
		}
	}
}
