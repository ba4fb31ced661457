package org.stocktake.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.stocktake.data.Direction.Trend;
import org.stocktake.register.AreaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Direction of travel")
class DirectionTests {

	static Measure measure(Polarity polarity) {
		return new Measure("recycling", "Recycling", "", Unit.PERCENTAGE, polarity, 1, "", null, "", Periodicity.FINANCIAL_YEAR,
				Set.of(AreaType.UNITARY), List.of(), false, null, null, null);
	}

	static DataValue value(String period, String value) {
		return new DataValue("recycling", "E06000001", period, value == null ? null : new BigDecimal(value),
				value == null ? ValueStatus.SUPPRESSED : ValueStatus.PUBLISHED, value == null ? "[c]" : null);
	}

	final List<DataValue> series = List.of(value("2020/21", "30.0"), value("2021/22", "40.0"), value("2022/23", "41.0"), value("2023/24", "42.0"));

	@Test
	void comparesTheLatestValueWithTheOneTwoPeriodsBefore() {
		// 42.0 - 40.0 = 2.0 points; with a group standard deviation of 8 that is 0.25 sd, above the 0.1 threshold
		Direction d = Direction.of(series, measure(Polarity.HIGHER_IS_BETTER), 8.0);

		assertThat(d.trend()).isEqualTo(Trend.IMPROVING);
		assertThat(d.fromPeriod()).isEqualTo("2021/22");
		assertThat(d.toPeriod()).isEqualTo("2023/24");
		assertThat(d.change()).isEqualByComparingTo("2.0");
		assertThat(d.changeInSd()).isCloseTo(0.25, within(1e-12));
	}

	@Test
	void polarityDecidesWhetherARiseIsGood() {
		assertThat(Direction.of(series, measure(Polarity.LOWER_IS_BETTER), 8.0).trend()).isEqualTo(Trend.WORSENING);
		assertThat(Direction.of(series, measure(Polarity.NEUTRAL), 8.0).trend()).isEqualTo(Trend.INCREASING);
	}

	@Test
	void aChangeBelowTheThresholdIsNoSignificantChange() {
		// 2.0 points against a standard deviation of 25: 0.08 sd
		assertThat(Direction.of(series, measure(Polarity.HIGHER_IS_BETTER), 25.0).trend()).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
	}

	@Test
	void aSuppressedValueAtTheStartOfTheWindowIsNotEnoughData() {
		List<DataValue> gap = List.of(value("2021/22", null), value("2022/23", "41.0"), value("2023/24", "42.0"));

		Direction d = Direction.of(gap, measure(Polarity.HIGHER_IS_BETTER), 8.0);

		assertThat(d.trend()).isEqualTo(Trend.NOT_ENOUGH_DATA);
		assertThat(d.change()).isNull();
	}

	@Test
	void theWindowEndsAtTheLatestPeriodWithANumber() {
		List<DataValue> suppressedLatest = List.of(value("2020/21", "30.0"), value("2021/22", "40.0"), value("2022/23", "41.0"), value("2023/24", null));

		Direction d = Direction.of(suppressedLatest, measure(Polarity.HIGHER_IS_BETTER), 8.0);

		assertThat(d.toPeriod()).isEqualTo("2022/23");
		assertThat(d.change()).isEqualByComparingTo("11.0");
	}
}
