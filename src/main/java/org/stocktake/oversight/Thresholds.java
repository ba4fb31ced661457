package org.stocktake.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stocktake.data.Benchmark;
import org.stocktake.data.Benchmarks;
import org.stocktake.data.Measure;
import org.stocktake.data.Measures;
import org.stocktake.oversight.ThresholdResult.Figure;
import org.stocktake.oversight.ThresholdResult.Status;

/**
 * Evaluates the threshold rules against the benchmarking data as it is now, so a result always
 * follows the latest import. An authority is judged only when it has a value in every period of
 * the window: a missing quarter is not read as a pass or a fail.
 */
@Service
public class Thresholds {

	private final JdbcClient jdbc;
	private final Measures measures;
	private final Benchmarks benchmarks;

	Thresholds(JdbcClient jdbc, Measures measures, Benchmarks benchmarks) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.benchmarks = benchmarks;
	}

	public List<ThresholdRule> rules() {
		return jdbc.sql("select * from threshold_rule order by name")
			.query((rs, n) -> new ThresholdRule(rs.getString("id"), rs.getString("name"), rs.getString("measure_id"), rs.getString("comparison"),
					rs.getBigDecimal("threshold"), rs.getInt("periods"), rs.getBigDecimal("near_margin"), rs.getString("consequence"),
					rs.getString("source")))
			.list();
	}

	/** The rule's measure, or empty while no such measure has been imported. */
	public Optional<Measure> measureOf(ThresholdRule rule) {
		return measures.find(rule.measureId(), true);
	}

	/** Every authority with a full window of values, breaches first, then near, then by mean. */
	public List<ThresholdResult> evaluate(ThresholdRule rule) {
		Optional<Measure> measure = measureOf(rule);
		if (measure.isEmpty()) {
			return List.of();
		}
		List<String> window = new ArrayList<>(benchmarks.periods(measure.get()).stream().limit(rule.periods()).toList());
		java.util.Collections.reverse(window);
		if (window.size() < rule.periods()) {
			return List.of();
		}
		Map<String, List<Figure>> figures = new LinkedHashMap<>();
		Map<String, String> names = new HashMap<>();
		for (String period : window) {
			Benchmark b = benchmarks.compare(measure.get(), period, null, "england");
			for (Benchmark.Member m : b.members()) {
				figures.computeIfAbsent(m.gssCode(), k -> new ArrayList<>()).add(new Figure(period, m.value()));
				names.put(m.gssCode(), m.name());
			}
		}
		List<ThresholdResult> results = new ArrayList<>();
		figures.forEach((gss, values) -> {
			if (values.size() == rule.periods()) {
				BigDecimal mean = values.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64)
					.setScale(2, RoundingMode.HALF_UP);
				Status status = rule.breachedBy(mean) ? Status.BREACHED : rule.nearBy(mean) ? Status.NEAR : Status.CLEAR;
				results.add(new ThresholdResult(rule, gss, names.get(gss), status, mean, values));
			}
		});
		results.sort(Comparator.comparing(ThresholdResult::status).thenComparing(ThresholdResult::mean));
		return results;
	}

	/** The results for one authority across every rule, where it has a full window. */
	public List<ThresholdResult> forArea(String gssCode) {
		return rules().stream()
			.flatMap(rule -> evaluate(rule).stream())
			.filter(r -> r.areaGssCode().equals(gssCode))
			.toList();
	}
}
