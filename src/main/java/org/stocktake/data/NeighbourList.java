package org.stocktake.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * An authority's nearest neighbours in one model, with what makes them near: for each neighbour its
 * distance and each variable's share of it, and for each variable how far the neighbours sit from
 * the authority on average, in standard deviations (the smaller, the more that variable makes them alike).
 */
public record NeighbourList(NeighbourModel model, String areaGss, String areaName, List<Neighbour> neighbours, List<VariableSummary> variables) {

	public record Neighbour(int rank, String gssCode, String name, Double distance, List<Contribution> contributions) {
	}

	/** A variable's values for the authority and the neighbour, and its share of the squared distance. */
	public record Contribution(String measureId, BigDecimal areaValue, BigDecimal neighbourValue, double share) {
	}

	public record VariableSummary(String measureId, String title, String period, BigDecimal areaValue, BigDecimal weight, boolean logScale,
			double meanDifferenceInSd) {
	}
}
