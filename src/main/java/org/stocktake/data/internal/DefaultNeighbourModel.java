package org.stocktake.data.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stocktake.data.Measures;
import org.stocktake.data.NeighbourModelInput;
import org.stocktake.data.NeighbourModelInput.VariableInput;
import org.stocktake.data.Neighbours;
import org.stocktake.platform.demo.DemoDataset;

/**
 * Stocktake's own neighbour model, from the contextual data it loads at first start: population (on
 * a log scale, so that size counts by order of magnitude) and two views of deprivation, equally
 * weighted. It is nobody else's model and says so.
 */
@Component
@Order(35)
class DefaultNeighbourModel implements DemoDataset {

	static final List<VariableInput> VARIABLES = List.of(new VariableInput("population", BigDecimal.ONE, true),
			new VariableInput("imd-average-score", BigDecimal.ONE, false), new VariableInput("imd-most-deprived-decile", BigDecimal.ONE, false));

	private final Neighbours neighbours;
	private final Measures measures;

	DefaultNeighbourModel(Neighbours neighbours, Measures measures) {
		this.neighbours = neighbours;
		this.measures = measures;
	}

	@Override
	public String name() {
		return "neighbour model";
	}

	@Override
	public void loadIfMissing() {
		boolean measuresLoaded = VARIABLES.stream().allMatch(v -> measures.find(v.measureId(), true).isPresent());
		if (neighbours.find(Neighbours.DEFAULT_MODEL).isPresent() || !measuresLoaded) {
			return;
		}
		neighbours.define(new NeighbourModelInput(Neighbours.DEFAULT_MODEL, "Stocktake contextual neighbours (population and deprivation)",
				"Stocktake's own model from the open data it holds: mid-year population estimates (ONS) and the English Indices of "
						+ "Deprivation (MHCLG) — the average score and the share of neighbourhoods in the most deprived tenth. It covers "
						+ "English districts and single-tier councils (the indices are published for districts only). It is not CIPFA's, "
						+ "the DfE's or ONS's model.",
				15, null, VARIABLES));
	}
}
