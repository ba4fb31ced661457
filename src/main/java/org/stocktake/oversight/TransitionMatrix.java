package org.stocktake.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * From each grade to the next: counts over consecutive inspections of the same authority under one
 * framework. Row and column labels are the framework's grades, best first, then {@link #NOT_GRADED}.
 */
public record TransitionMatrix(Framework framework, List<String> labels, List<List<Integer>> counts) {

	public static final String NOT_GRADED = "not graded";

	public TransitionMatrix {
		labels = List.copyOf(labels);
		counts = counts.stream().map(List::copyOf).toList();
	}

	public static TransitionMatrix of(Framework framework, List<String[]> pairs) {
		List<String> labels = new ArrayList<>(framework.grades());
		labels.add(NOT_GRADED);
		int[][] cells = new int[labels.size()][labels.size()];
		for (String[] pair : pairs) {
			cells[framework.position(pair[0])][framework.position(pair[1])]++;
		}
		List<List<Integer>> counts = new ArrayList<>();
		for (int[] row : cells) {
			counts.add(java.util.Arrays.stream(row).boxed().toList());
		}
		return new TransitionMatrix(framework, labels, counts);
	}

	public int count(String from, String to) {
		return counts.get(labels.indexOf(from)).get(labels.indexOf(to));
	}

	public int from(String grade) {
		return counts.get(labels.indexOf(grade)).stream().mapToInt(Integer::intValue).sum();
	}

	public int pairs() {
		return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
	}

	/** The share of authorities judged {@code grade} whose next judgement was the same, as a percentage. */
	public BigDecimal stayed(String grade) {
		int from = from(grade);
		return from == 0 ? null
				: BigDecimal.valueOf(count(grade, grade) * 100L).divide(BigDecimal.valueOf(from), 1, RoundingMode.HALF_UP);
	}
}
