package org.stocktake.data;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A period")
class PeriodTests {

	@Nested
	@DisplayName("is read in every form CONTRACT.md writes")
	class Parsing {

		@ParameterizedTest(name = "{0} as {1} is {2}, path {3}, starting {4}")
		@CsvSource({
				"2015/16,     FINANCIAL_YEAR,    2015/16,    2015-16,    2015-04-01",
				"2015-16,     FINANCIAL_YEAR,    2015/16,    2015-16,    2015-04-01",
				"2015/2016,   FINANCIAL_YEAR,    2015/16,    2015-16,    2015-04-01",
				"1999/00,     FINANCIAL_YEAR,    1999/00,    1999-00,    1999-04-01",
				"2015/16,     ACADEMIC_YEAR,     2015/16,    2015-16,    2015-09-01",
				"2015,        CALENDAR_YEAR,     2015,       2015,       2015-01-01",
				"2015/16 Q1,  FINANCIAL_QUARTER, 2015/16 Q1, 2015-16-Q1, 2015-04-01",
				"2015-16-Q4,  FINANCIAL_QUARTER, 2015/16 Q4, 2015-16-Q4, 2016-01-01",
				"2015/16 q2,  FINANCIAL_QUARTER, 2015/16 Q2, 2015-16-Q2, 2015-07-01",
				"2015 Q1,     CALENDAR_QUARTER,  2015 Q1,    2015-Q1,    2015-01-01",
				"2015-Q3,     CALENDAR_QUARTER,  2015 Q3,    2015-Q3,    2015-07-01",
				"2015-04,     MONTH,             2015-04,    2015-04,    2015-04-01",
				"2011-12,     MONTH,             2011-12,    2011-12,    2011-12-01",
				"2011-12,     FINANCIAL_YEAR,    2011/12,    2011-12,    2011-04-01" })
		void readsAndPrints(String text, Periodicity periodicity, String canonical, String path, LocalDate start) {
			Period period = Period.of(text, periodicity);
			assertThat(period.toString()).isEqualTo(canonical);
			assertThat(period.toPath()).isEqualTo(path);
			assertThat(period.start()).isEqualTo(start);
			assertThat(Period.of(period.toPath(), periodicity)).isEqualTo(period);
			assertThat(Period.of(period.toString(), periodicity)).isEqualTo(period);
		}

		@ParameterizedTest(name = "\"{0}\" is not a {1} period")
		@CsvSource({ "2015/17, FINANCIAL_YEAR", "2015, FINANCIAL_YEAR", "2015/16, CALENDAR_YEAR", "15/16, FINANCIAL_YEAR",
				"2015/16 Q5, FINANCIAL_QUARTER", "2015 Q1, FINANCIAL_QUARTER", "2015-13, MONTH", "2015-00, MONTH", "April 2015, MONTH",
				"2015/16, MONTH", "'', CALENDAR_YEAR" })
		void rejectsOtherForms(String text, Periodicity periodicity) {
			assertThat(Period.parse(text, periodicity)).isEmpty();
			assertThatThrownBy(() -> Period.of(text, periodicity)).hasMessageContaining(periodicity.example());
		}
	}

	@Nested
	@DisplayName("knows the period before it")
	class Previous {

		@ParameterizedTest(name = "before {1} comes {2}")
		@CsvSource({ "FINANCIAL_YEAR, 2015/16, 2014/15", "CALENDAR_YEAR, 2015, 2014", "FINANCIAL_QUARTER, 2015/16 Q1, 2014/15 Q4",
				"FINANCIAL_QUARTER, 2015/16 Q3, 2015/16 Q2", "CALENDAR_QUARTER, 2015 Q1, 2014 Q4", "MONTH, 2015-01, 2014-12",
				"MONTH, 2015-04, 2015-03" })
		void previous(Periodicity periodicity, String period, String previous) {
			assertThat(Period.of(period, periodicity).previous().toString()).isEqualTo(previous);
		}

		@ParameterizedTest(name = "a year before {1} is {2}")
		@CsvSource({ "FINANCIAL_YEAR, 2015/16, 2014/15", "FINANCIAL_QUARTER, 2015/16 Q3, 2014/15 Q3", "CALENDAR_QUARTER, 2015 Q2, 2014 Q2",
				"MONTH, 2015-04, 2014-04" })
		void sameLastYear(Periodicity periodicity, String period, String lastYear) {
			assertThat(Period.of(period, periodicity).sameLastYear().toString()).isEqualTo(lastYear);
		}

		@Test
		void ordersByStartDate() {
			assertThat(Period.of("2015/16 Q4", Periodicity.FINANCIAL_QUARTER)).isGreaterThan(Period.of("2015/16 Q3", Periodicity.FINANCIAL_QUARTER));
		}
	}
}
