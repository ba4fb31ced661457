package org.stocktake.collection.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stocktake.collection.Finding;
import org.stocktake.collection.Rule;
import org.stocktake.collection.Rule.OutlierMethod;
import org.stocktake.collection.Rule.RuleKind;
import org.stocktake.collection.Rule.Severity;
import org.stocktake.collection.ValidationReport;
import org.stocktake.data.Measure;
import org.stocktake.data.Periodicity;
import org.stocktake.data.Polarity;
import org.stocktake.data.Unit;
import org.stocktake.register.AreaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The rules on figures worked by hand. Every expected score below is computed in the comment next
 * to it from the definitions (population standard deviation; MAD = median of absolute deviations
 * from the median; modified z = 0.6745 · (x − median) / MAD), not by the code under test.
 */
@DisplayName("Validation rules")
class ValidatorTests {

	// history 10, 12, 11, 13, 14: mean 60/5 = 12; squared deviations 4+0+1+1+4 = 10, variance 10/5 = 2, σ = √2 = 1.41421356
	// sorted 10 11 12 13 14: median 12; absolute deviations 2 1 0 1 2 → sorted 0 1 1 2 2, MAD = 1
	static final List<BigDecimal> HISTORY = numbers(10, 12, 11, 13, 14);

	// peers 100 102 98 101 99 150: sorted 98 99 100 101 102 150, median (100+101)/2 = 100.5
	// absolute deviations 2.5 1.5 0.5 0.5 1.5 49.5 → sorted 0.5 0.5 1.5 1.5 2.5 49.5, MAD = (1.5+1.5)/2 = 1.5
	// mean 650/6 = 108.3333; squared deviations 69.444+40.111+106.778+53.778+87.111+1736.111 = 2093.333, /6 = 348.889, σ = 18.6786
	static final List<BigDecimal> PEERS = numbers(100, 102, 98, 101, 99, 150);

	static final Measure RECEIVED = measure("received", "Applications received", null, null);
	static final Measure DECIDED = measure("decided", "Applications decided", BigDecimal.ZERO, null);

	static final Validator.References REFS = new Validator.References() {
		@Override
		public List<BigDecimal> history(String measure) {
			return HISTORY;
		}

		@Override
		public List<BigDecimal> peers(String measure, String peerGroup) {
			return PEERS;
		}
	};

	@Nested
	@DisplayName("the statistics")
	class Statistics {

		@Test
		@DisplayName("z-score: (20 − 12) / √2 = 5.6569; (16 − 12) / √2 = 2.8284")
		void zScore() {
			double[] h = doubles(HISTORY);
			assertThat(Validator.zScore(20, h)).isCloseTo(8 / Math.sqrt(2), within(1e-9)).isCloseTo(5.6569, within(1e-4));
			assertThat(Validator.zScore(16, h)).isCloseTo(2.8284, within(1e-4));
		}

		@Test
		@DisplayName("modified z-score: 0.6745 · (20 − 12) / 1 = 5.396; 0.6745 · (17 − 12) / 1 = 3.3725")
		void modifiedZ() {
			double[] h = doubles(HISTORY);
			assertThat(Validator.mad(h)).isEqualTo(1.0);
			assertThat(Validator.modifiedZScore(20, h)).isCloseTo(5.396, within(1e-9));
			assertThat(Validator.modifiedZScore(17, h)).isCloseTo(3.3725, within(1e-9));
			assertThat(Validator.modifiedZScore(6, h)).isCloseTo(-4.047, within(1e-9));
		}

		@Test
		@DisplayName("with an outlying peer, the MAD (1.5) stays small where σ (18.68) grows: 110.9 scores 4.677 but z only 0.137")
		void robust() {
			double[] p = doubles(PEERS);
			assertThat(Validator.median(p)).isEqualTo(100.5);
			assertThat(Validator.mad(p)).isEqualTo(1.5);
			assertThat(Validator.standardDeviation(p)).isCloseTo(18.6786, within(1e-4));
			// 0.6745 · (110.9 − 100.5) / 1.5 = 0.6745 · 10.4 / 1.5 = 4.67653
			assertThat(Validator.modifiedZScore(110.9, p)).isCloseTo(4.67653, within(1e-5));
			// (110.9 − 108.3333) / 18.6786 = 0.13741
			assertThat(Validator.zScore(110.9, p)).isCloseTo(0.13741, within(1e-4));
		}

		@Test
		@DisplayName("no score when the reference figures do not vary (σ = 0 or MAD = 0)")
		void noSpread() {
			double[] same = { 5, 5, 5, 5 };
			assertThat(Validator.zScore(9, same)).isNull();
			assertThat(Validator.modifiedZScore(9, same)).isNull();
		}
	}

	@Nested
	@DisplayName("the rules")
	class Rules {

		@Test
		@DisplayName("history outlier by z-score: 20 is flagged (5.66 > 3), 16 is not (2.83)")
		void historyZ() {
			Rule rule = outlier(RuleKind.HISTORY_OUTLIER, "received", OutlierMethod.Z_SCORE, "3");
			ValidationReport flagged = Validator.validate(List.of(rule), measures(), Map.of("received", entry("20", null)), REFS, false);
			assertThat(flagged.errors()).isEmpty();
			assertThat(flagged.warnings()).singleElement().satisfies(w -> {
				assertThat(w.rule()).isEqualTo(RuleKind.HISTORY_OUTLIER);
				assertThat(w.score()).isCloseTo(5.6569, within(1e-4));
				assertThat(w.explained()).isFalse();
				assertThat(w.message()).contains("unusually high", "mean 12.00", "standard deviation 1.41", "z-score 5.66");
			});
			assertThat(Validator.validate(List.of(rule), measures(), Map.of("received", entry("16", null)), REFS, false).warnings()).isEmpty();
		}

		@Test
		@DisplayName("history outlier by modified z-score at 3.5: 17 passes (3.37), 6 is flagged low (−4.05)")
		void historyModifiedZ() {
			Rule rule = outlier(RuleKind.HISTORY_OUTLIER, "received", OutlierMethod.MODIFIED_Z, "3.5");
			assertThat(Validator.validate(List.of(rule), measures(), Map.of("received", entry("17", null)), REFS, false).warnings()).isEmpty();
			Finding low = Validator.validate(List.of(rule), measures(), Map.of("received", entry("6", null)), REFS, false).warnings().get(0);
			assertThat(low.score()).isCloseTo(-4.047, within(1e-9));
			assertThat(low.message()).contains("unusually low");
		}

		@Test
		@DisplayName("a warning with a note on the value is explained and no longer blocks submission")
		void explained() {
			Rule rule = outlier(RuleKind.HISTORY_OUTLIER, "received", OutlierMethod.Z_SCORE, "3");
			ValidationReport unexplained = Validator.validate(List.of(rule), measures(), Map.of("received", entry("20", null)), REFS, true);
			ValidationReport explained = Validator.validate(List.of(rule), measures(), Map.of("received", entry("20", "A new estate opened")), REFS, true);
			assertThat(unexplained.blocksSubmission()).isTrue();
			assertThat(explained.warnings()).singleElement().satisfies(w -> assertThat(w.explained()).isTrue());
			assertThat(explained.blocksSubmission()).isFalse();
		}

		@Test
		@DisplayName("peer outlier: the modified z flags 110.9 against the peers, the z-score does not")
		void peers() {
			Rule mad = outlier(RuleKind.PEER_OUTLIER, "decided", OutlierMethod.MODIFIED_Z, "3.5");
			Rule z = outlier(RuleKind.PEER_OUTLIER, "decided", OutlierMethod.Z_SCORE, "3");
			ValidationReport report = Validator.validate(List.of(mad, z), measures(), Map.of("decided", entry("110.9", null)), REFS, false);
			assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.score()).isCloseTo(4.67653, within(1e-5)));
		}

		@Test
		@DisplayName("too few reference figures: no outlier check")
		void tooFew() {
			Rule rule = new Rule(null, RuleKind.HISTORY_OUTLIER, Severity.WARNING, "received", null, null, null, null, OutlierMethod.Z_SCORE,
					new BigDecimal("3"), null, 6, null);
			assertThat(Validator.validate(List.of(rule), measures(), Map.of("received", entry("1000", null)), REFS, false).warnings()).isEmpty();
		}

		@Test
		@DisplayName("relation decided ≤ received: 250.1 > 207.3 is an error, equal figures pass")
		void relation() {
			Rule rule = new Rule(null, RuleKind.RELATION, Severity.ERROR, "decided", "received", "<=", null, null, null, null, null, null, null);
			ValidationReport bad = Validator.validate(List.of(rule), measures(), Map.of("received", entry("207.3", null), "decided", entry("250.1", null)),
					REFS, false);
			assertThat(bad.errors()).singleElement().satisfies(e -> {
				assertThat(e.measure()).isEqualTo("decided");
				assertThat(e.message()).isEqualTo("Applications decided (250.1) must be less than or equal to Applications received (207.3)");
			});
			assertThat(Validator.validate(List.of(rule), measures(), Map.of("received", entry("207.3", null), "decided", entry("207.30", null)), REFS,
					false).errors()).isEmpty();
			assertThat(Validator.operator("≤")).isEqualTo("<=");
		}

		@Test
		@DisplayName("ranges: the rule's own bounds (inclusive) and the measure's catalogue range, always an error")
		void ranges() {
			Rule rule = new Rule(null, RuleKind.RANGE, Severity.WARNING, "received", null, null, new BigDecimal("0"), new BigDecimal("1000"), null, null,
					null, null, null);
			assertThat(Validator.validate(List.of(rule), measures(), Map.of("received", entry("1000", null)), REFS, false).warnings()).isEmpty();
			assertThat(Validator.validate(List.of(rule), measures(), Map.of("received", entry("1000.5", null)), REFS, false).warnings())
				.singleElement().satisfies(w -> assertThat(w.message()).startsWith("Check the value of Applications received between 0 and 1000"));
			// DECIDED's catalogue minimum is 0
			assertThat(Validator.validate(List.of(), measures(), Map.of("decided", entry("-1", null)), REFS, false).errors())
				.singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("Enter a value for Applications decided of at least 0"));
		}

		@Test
		@DisplayName("completeness on submission: a number or a marker counts, nothing does not")
		void completeness() {
			Rule rule = new Rule(null, RuleKind.COMPLETENESS, Severity.ERROR, null, null, null, null, null, null, null, null, null, null);
			Map<String, Validator.Entry> entries = Map.of("received", new Validator.Entry(null, "..", "Suppressed: fewer than 5"));
			assertThat(Validator.validate(List.of(rule), measures(), entries, REFS, false).errors()).isEmpty();
			assertThat(Validator.validate(List.of(rule), measures(), entries, REFS, true).errors()).singleElement()
				.satisfies(e -> assertThat(e.measure()).isEqualTo("decided"));
		}
	}

	private static Rule outlier(RuleKind kind, String measure, OutlierMethod method, String threshold) {
		return new Rule(null, kind, Severity.WARNING, measure, null, null, null, null, method, new BigDecimal(threshold), null, null, null);
	}

	private static Validator.Entry entry(String value, String note) {
		return new Validator.Entry(new BigDecimal(value), null, note);
	}

	private static Map<String, Measure> measures() {
		Map<String, Measure> m = new LinkedHashMap<>();
		m.put(RECEIVED.id(), RECEIVED);
		m.put(DECIDED.id(), DECIDED);
		return m;
	}

	private static Measure measure(String id, String title, BigDecimal min, BigDecimal max) {
		return new Measure(id, title, "", Unit.COUNT, Polarity.NEUTRAL, 1, "", null, "", Periodicity.FINANCIAL_QUARTER, Set.of(AreaType.UNITARY),
				List.of(), false, min, max, null);
	}

	private static List<BigDecimal> numbers(double... xs) {
		return Arrays.stream(xs).mapToObj(BigDecimal::valueOf).toList();
	}

	private static double[] doubles(List<BigDecimal> xs) {
		return xs.stream().mapToDouble(BigDecimal::doubleValue).toArray();
	}
}
