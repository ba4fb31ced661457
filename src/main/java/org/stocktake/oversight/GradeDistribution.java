package org.stocktake.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How the current judgements of a set of authorities spread over a framework's grades. Percentages
 * are of the graded judgements, so that an ungraded inspection does not dilute them; the ungraded
 * are counted beside.
 */
public record GradeDistribution(String label, List<GradeCount> grades, int notGraded) {

	public GradeDistribution {
		grades = List.copyOf(grades);
	}

	public int graded() {
		return grades.stream().mapToInt(GradeCount::count).sum();
	}

	public int total() {
		return graded() + notGraded;
	}

	public record GradeCount(String grade, int count, BigDecimal percentage) {
	}

	public static GradeDistribution of(String label, List<String> scale, List<String> currentGrades) {
		int notGraded = (int) currentGrades.stream().filter(g -> g == null).count();
		int graded = currentGrades.size() - notGraded;
		List<GradeCount> counts = scale.stream().map(grade -> {
			int n = (int) currentGrades.stream().filter(grade::equals).count();
			BigDecimal pct = graded == 0 ? null
					: BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(graded), 1, RoundingMode.HALF_UP);
			return new GradeCount(grade, n, pct);
		}).toList();
		return new GradeDistribution(label, counts, notGraded);
	}
}
