package org.stocktake.oversight;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Statutory thresholds")
class ThresholdTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Nested
	@DisplayName("a rule of the form '40% or less, near within 5'")
	class TheRule {

		private final ThresholdRule rule = new ThresholdRule("r", "r", "m", "<=", new BigDecimal("40"), 8, new BigDecimal("5"), "c", "s");

		@Test
		@DisplayName("is breached at exactly 40 and below, not above")
		void boundary() {
			assertThat(rule.breachedBy(new BigDecimal("40"))).isTrue();
			assertThat(rule.breachedBy(new BigDecimal("40.01"))).isFalse();
		}

		@Test
		@DisplayName("is near within 5 above the threshold, not beyond and not when breached")
		void near() {
			assertThat(rule.nearBy(new BigDecimal("45"))).isTrue();
			assertThat(rule.nearBy(new BigDecimal("45.01"))).isFalse();
			assertThat(rule.nearBy(new BigDecimal("39"))).isFalse();
		}
	}

	@Nested
	@DisplayName("evaluated on planning-speed data")
	class OnData {

		@LocalServerPort
		int port;

		@Autowired
		ApplicationContext context;

		Http officer;

		/**
		 * SYNTHETIC FIXTURE: no real planning-speed data is available here. These figures are made up
		 * for the test only and never loaded as demonstration data.
		 */
		@BeforeEach
		void syntheticPlanningSpeed() {
			officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
			HttpResponse<String> measure = officer.postJson("/api/v1/measures", """
					{"id": "planning-major-within-13-weeks", "title": "Major planning applications decided within 13 weeks (synthetic test fixture)",
					 "unit": "PERCENTAGE", "polarity": "HIGHER_IS_BETTER", "periodicity": "FINANCIAL_QUARTER", "decimalPlaces": 1}
					""");
			assertThat(measure.statusCode()).as(measure.body()).isIn(200, 201);
			StringBuilder csv = new StringBuilder("measure,area,period,value\n");
			String[] quarters = { "2022/23 Q1", "2022/23 Q2", "2022/23 Q3", "2022/23 Q4", "2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4" };
			for (int q = 0; q < quarters.length; q++) {
				csv.append(row("E08000016", quarters[q], q % 2 == 0 ? "25" : "35")); // mean 30: breached
				csv.append(row("E08000007", quarters[q], "43")); // mean 43: near
				csv.append(row("E08000006", quarters[q], "80")); // mean 80: clear
				if (q > 0) {
					csv.append(row("E08000003", quarters[q], "10")); // one quarter missing: not judged
				}
			}
			HttpResponse<String> imported = officer.postCsv("/api/v1/values/import", csv.toString());
			assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		}

		private static String row(String area, String quarter, String value) {
			return "planning-major-within-13-weeks," + area + "," + quarter + "," + value + "\n";
		}

		@Test
		@DisplayName("flags breaches and near misses with the figures behind them, and judges no one without a full window")
		void flags() {
			JsonNode rule = JSON.readTree(officer.get("/api/v1/oversight/thresholds").body()).valueStream()
				.filter(r -> r.get("id").asString().equals("planning-major-speed"))
				.findFirst()
				.orElseThrow();
			assertThat(rule.get("measureAvailable").asBoolean()).isTrue();
			JsonNode breached = rule.get("breached");
			assertThat(breached).hasSize(1);
			assertThat(breached.get(0).get("areaName").asString()).isEqualTo("Barnsley");
			assertThat(breached.get(0).get("mean").decimalValue()).isEqualByComparingTo("30");
			assertThat(breached.get(0).get("figures")).hasSize(8);
			assertThat(rule.get("near")).singleElement().satisfies(n -> assertThat(n.get("areaName").asString()).isEqualTo("Stockport"));
			assertThat(rule.toString()).doesNotContain("Salford", "Manchester");
		}

		@Test
		@DisplayName("show on the thresholds page and on the authority's oversight record")
		void shown() {
			assertThat(officer.get("/oversight/thresholds").body()).contains("Speed of decisions on major planning applications", "Breached",
					"Barnsley", "2023/24 Q4: 35");
			assertThat(officer.get("/oversight/areas/E08000016").body()).contains("Speed of decisions on major planning applications: Breached (mean 30;");
			assertThat(JSON.readTree(officer.get("/api/v1/oversight/areas/E08000016").body()).get("thresholds").get(0).get("status").asString())
				.isEqualTo("BREACHED");
		}
	}
}
