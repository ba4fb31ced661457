package org.stocktake.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Delivery against targets")
class DeliveryRulesTests {

	static List<BigDecimal> quarters(String... values) {
		return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
	}

	@Nested
	@DisplayName("the year's figure")
	class YearFigure {

		@Test
		@DisplayName("sums the quarters for a SUM target (18 + 13 = 31) and takes the latest for a LATEST one (58, 58 = 58; 2, 3 = 3)")
		void sumAndLatest() {
			assertThat(Aggregation.SUM.total(quarters("18", "13", null, null))).isEqualByComparingTo("31");
			assertThat(Aggregation.LATEST.total(quarters("58", "58", null, null))).isEqualByComparingTo("58");
			assertThat(Aggregation.LATEST.total(quarters("2", "3", null, null))).isEqualByComparingTo("3");
		}

		@Test
		@DisplayName("is blank, not zero, when no quarter is reported; an unreported quarter counts as nothing")
		void blankNotZero() {
			assertThat(Aggregation.SUM.total(quarters(null, null, null, null))).isNull();
			assertThat(Aggregation.LATEST.total(quarters(null, null, null, null))).isNull();
			assertThat(Aggregation.SUM.total(quarters(null, "98", null, null))).isEqualByComparingTo("98");
			assertThat(Aggregation.LATEST.total(quarters("0", "60", null, null))).isEqualByComparingTo("60");
		}
	}

	@ParameterizedTest(name = "{0} of {1} is {2}%")
	@CsvSource({ "27, 40, 68", "548, 500, 110", "60, 10, 600", "31, 100, 31", "35, 150, 23", "42, 52, 81", "1, 8, 13", "1, 3, 33" })
	@DisplayName("% achieved is the total over the target rounded half-up to a whole percent")
	void percentAchieved(String total, String target, int percent) {
		assertThat(Delivery.percentAchieved(new BigDecimal(total), new BigDecimal(target))).isEqualTo(percent);
	}

	@Test
	@DisplayName("% achieved is blank when nothing is reported or there is no numeric target")
	void percentBlank() {
		assertThat(Delivery.percentAchieved(null, BigDecimal.TEN)).isNull();
		assertThat(Delivery.percentAchieved(BigDecimal.ONE, null)).isNull();
	}

	@Nested
	@DisplayName("the computed rating")
	class Rating {

		final RagRule proRata = new RagRule("pro-rata", "pro rata", RagRule.Method.PRO_RATA, new BigDecimal("25"), 0);

		final RagRule milestone = new RagRule("milestone", "milestone", RagRule.Method.MILESTONE, BigDecimal.ZERO, 90);

		final LocalDate endOfQ2 = LocalDate.of(2015, 9, 30);

		@ParameterizedTest(name = "{0} of {1} at Q{2} is {3}")
		@CsvSource({ "50, 100, 2, GREEN", "548, 500, 2, GREEN", "38, 100, 2, AMBER", "11, 25, 2, AMBER", "31, 100, 2, RED", "3, 10, 2, RED",
				"10, 20, 2, GREEN", "99, 100, 4, AMBER", "100, 100, 4, GREEN" })
		@DisplayName("is green at or above the pro-rata profile, amber within the tolerance below it, red beyond")
		void proRata(String total, String target, int quarter, Rag rag) {
			assertThat(proRata.rate(new BigDecimal(target), new BigDecimal(total), quarter, endOfQ2, null, null).rag()).isEqualTo(rag);
		}

		@Test
		@DisplayName("says why, and is not rated before anything is reported")
		void explained() {
			assertThat(proRata.rate(new BigDecimal("100"), new BigDecimal("31"), 2, endOfQ2, null, null).explanation())
				.isEqualTo("31 against a profile of 50 by the end of Q2: more than 25% below profile");
			assertThat(proRata.rate(new BigDecimal("100"), null, 2, endOfQ2, null, null).rag()).isEqualTo(Rag.NOT_RATED);
		}

		@Test
		@DisplayName("of a milestone follows its due date: done green, overdue red, due within 90 days amber, later green")
		void milestones() {
			assertThat(milestone.rate(null, null, 2, endOfQ2, LocalDate.of(2015, 9, 1), LocalDate.of(2015, 8, 1)).rag()).isEqualTo(Rag.GREEN);
			assertThat(milestone.rate(null, null, 2, endOfQ2, LocalDate.of(2015, 9, 1), null).rag()).isEqualTo(Rag.RED);
			assertThat(milestone.rate(null, null, 2, endOfQ2, LocalDate.of(2015, 12, 1), null).rag()).isEqualTo(Rag.AMBER);
			assertThat(milestone.rate(null, null, 2, endOfQ2, LocalDate.of(2016, 3, 31), null).rag()).isEqualTo(Rag.GREEN);
			assertThat(milestone.rate(null, null, 2, endOfQ2, null, null).rag()).isEqualTo(Rag.NOT_RATED);
		}
	}

	@Nested
	@DisplayName("the management accounts' key")
	class AccountsKey {

		final AccountRule expenditure = new AccountRule(AccountLine.LineType.EXPENDITURE, true, new BigDecimal("5"), new BigDecimal("10"));

		final AccountRule strict = new AccountRule(AccountLine.LineType.EXPENDITURE, false, new BigDecimal("5"), new BigDecimal("10"));

		Rag rate(AccountRule rule, String budget, String forecast) {
			BigDecimal b = new BigDecimal(budget);
			BigDecimal f = new BigDecimal(forecast);
			return rule.rate(AccountLine.LineType.EXPENDITURE, b, f, f.subtract(b)).rag();
		}

		@ParameterizedTest(name = "budget {0}, forecast {1}: {2}")
		@CsvSource({ "100, 105, GREEN", "100, 105.1, AMBER", "100, 110, AMBER", "100, 110.1, RED", "2343, 2658, RED", "10182, 12439, RED",
				"2143, 1473, GREEN", "0, 600, RED", "0, 0, GREEN" })
		@DisplayName("is G within 5% of budget, A between 5% and 10%, R beyond; underspends green; no budget but spend red")
		void key(String budget, String forecast, Rag rag) {
			assertThat(rate(expenditure, budget, forecast)).isEqualTo(rag);
		}

		@Test
		@DisplayName("rates underspends by the same key when the line type's rule says so")
		void configurable() {
			assertThat(rate(strict, "2143", "1473")).isEqualTo(Rag.RED);
			assertThat(rate(strict, "100", "93")).isEqualTo(Rag.AMBER);
		}
	}

	@Test
	@DisplayName("the summary sentence counts the key targets by colour")
	void sentence() {
		assertThat(new RagSummary(26, java.util.Map.of(Rag.GREEN, 15, Rag.AMBER, 11, Rag.RED, 0, Rag.NOT_RATED, 0), java.util.Map.of()).sentence())
			.isEqualTo("Of the 26 key targets, 15 are rated green and 11 amber.");
		assertThat(new RagSummary(4, java.util.Map.of(Rag.GREEN, 1, Rag.AMBER, 2, Rag.RED, 1, Rag.NOT_RATED, 0), java.util.Map.of()).sentence())
			.isEqualTo("Of the 4 key targets, 1 is rated green, 2 amber and 1 red.");
		assertThat(new RagSummary(3, java.util.Map.of(Rag.GREEN, 3, Rag.AMBER, 0, Rag.RED, 0, Rag.NOT_RATED, 0), java.util.Map.of()).sentence())
			.isEqualTo("Of the 3 key targets, all are rated green.");
	}
}
