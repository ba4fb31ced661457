package org.stocktake.data;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.stocktake.data.internal.NeighbourCalculator;
import org.stocktake.data.internal.NeighbourCalculator.Candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The arithmetic of a computed model, checked against figures worked by hand. */
class NeighbourCalculatorTests {

	// Two variables over four councils of one kind and one of another:
	// x = 1, 2, 3, 4, 5 (mean 3, population sd sqrt(2)); y = 10, 10, 10, 10, 10 (sd 0: separates nobody).
	final List<Candidate> candidates = List.of(new Candidate("A", "single-tier", new double[] { 1, 10 }),
			new Candidate("B", "single-tier", new double[] { 2, 10 }), new Candidate("C", "single-tier", new double[] { 3, 10 }),
			new Candidate("D", "single-tier", new double[] { 4, 10 }), new Candidate("E", "district", new double[] { 5, 10 }));

	@Test
	void standardisesEachVariableOverEveryCandidate() {
		NeighbourCalculator.Result result = NeighbourCalculator.compute(candidates, new double[] { 1, 1 }, 2);

		assertThat(result.zScores().get("A")[0]).isCloseTo(-2 / Math.sqrt(2), within(1e-12));
		assertThat(result.zScores().get("E")[0]).isCloseTo(2 / Math.sqrt(2), within(1e-12));
		assertThat(result.zScores().get("C")[1]).isZero();
	}

	@Test
	void ranksTheNearestOfTheSameKindWithWeightedDistances() {
		NeighbourCalculator.Result result = NeighbourCalculator.compute(candidates, new double[] { 4, 1 }, 2);

		// B's neighbours: A and C are both 1/sqrt(2) sd away; weight 4 doubles the distance to sqrt(4 * 0.5) = sqrt(2); ties by code
		assertThat(result.neighbours().get("B")).extracting(NeighbourCalculator.Near::gss).containsExactly("A", "C");
		assertThat(result.neighbours().get("B").get(0).distance()).isCloseTo(Math.sqrt(2), within(1e-12));
		// D is nearest to E by value, but E is a district: D's neighbours are C then B
		assertThat(result.neighbours().get("D")).extracting(NeighbourCalculator.Near::gss).containsExactly("C", "B");
		assertThat(result.neighbours().get("E")).isEmpty();
	}
}
