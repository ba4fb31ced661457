package org.stocktake.people;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.stocktake.people.internal.PoliticalControlLoader;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Political control of councils")
class PoliticalControlTests {

	static final String FILE = "demo/people/opencouncildata_history2016-26.csv";

	/** The source's seat columns and the party names the API uses, written out again here on purpose. */
	static final Map<String, String> COLUMNS = new LinkedHashMap<>();
	static {
		COLUMNS.put("con", "CONSERVATIVE");
		COLUMNS.put("lab", "LABOUR");
		COLUMNS.put("ld", "LIBERAL_DEMOCRAT");
		COLUMNS.put("green", "GREEN");
		COLUMNS.put("ukip", "UKIP");
		COLUMNS.put("ref", "REFORM_UK");
		COLUMNS.put("pc", "PLAID_CYMRU");
		COLUMNS.put("snp", "SNP");
		COLUMNS.put("other", "OTHER");
	}

	@LocalServerPort
	int port;

	@Autowired
	PoliticalControlLoader loader;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Nested
	@DisplayName("derived from seats")
	class DerivedFromSeats {

		@ParameterizedTest(name = "{0} ({1}) agrees, year by year, with a majority of seats counted from the source file")
		@CsvSource({ "Stockport, E08000007", "Kent, E10000016", "Cornwall, E06000052", "Torridge, E07000046", "Tower Hamlets, E09000030",
				"Barnsley, E08000016", "Cardiff, W06000015" })
		void agreesWithAnIndependentCount(String authority, String gssCode) throws Exception {
			Map<Integer, Map<String, Object>> expected = fromSourceFile(authority);
			assertThat(expected).hasSize(11);

			HttpResponse<String> response = http.get("/api/v1/areas/" + gssCode + "/political-control");
			assertThat(response.statusCode()).isEqualTo(200);
			Map<Integer, Map<String, Object>> actual = new TreeMap<>();
			for (JsonNode year : PeopleImportTests.json(response).get("years")) {
				Map<String, Object> seats = new TreeMap<>();
				for (JsonNode s : year.get("seats")) {
					seats.put(s.get("party").asString(), s.get("seats").asInt());
				}
				actual.put(year.get("year").asInt(), Map.of("control", year.get("control").asString(), "total", year.get("totalSeats").asInt(),
						"seats", seats));
			}
			assertThat(actual).isEqualTo(expected);
		}

		@Test
		@DisplayName("keeps who runs the council from 2025, even where no party has a majority of seats")
		void administrationFrom2025() {
			JsonNode torridge = PeopleImportTests.json(http.get("/api/v1/areas/E07000046/political-control")).get("years");
			JsonNode y2024 = year(torridge, 2024);
			JsonNode y2025 = year(torridge, 2025);
			assertThat(y2024.has("administration")).isFalse();
			assertThat(y2025.get("control").asString()).isEqualTo("NO_OVERALL_CONTROL");
			assertThat(y2025.get("administration").asString()).isEqualTo("IND");
			JsonNode kent2025 = year(PeopleImportTests.json(http.get("/api/v1/areas/E10000016/political-control")).get("years"), 2025);
			assertThat(kent2025.get("control").asString()).isEqualTo("REFORM_UK");
		}
	}

	@Nested
	@DisplayName("across England and Wales")
	class AcrossEnglandAndWales {

		@Autowired
		Directory directory;

		@ParameterizedTest(name = "in {0}: Labour {1}, Conservative {2}, Liberal Democrat {3}, Reform {4}, others {5}, Plaid {6}, Green {7}, no overall control {8}")
		@CsvSource({ "2023, 106, 68, 38, 0, 12, 4, 1, 110", "2024, 113, 54, 40, 0, 12, 4, 1, 115", "2025, 107, 36, 40, 10, 14, 3, 1, 128" })
		@DisplayName("the tally of control matches the table published with the source")
		void tallyMatchesTheSource(int year, int lab, int con, int ld, int reform, int other, int plaid, int green, int noc) {
			Map<String, Long> tally = new TreeMap<>();
			directory.politicalControlIn(year).forEach(c -> tally.merge(c.control(), 1L, Long::sum));
			Map<String, Long> expected = new TreeMap<>();
			expected.put("LABOUR", (long) lab);
			expected.put("CONSERVATIVE", (long) con);
			expected.put("LIBERAL_DEMOCRAT", (long) ld);
			expected.put("REFORM_UK", (long) reform);
			expected.put("OTHER", (long) other);
			expected.put("PLAID_CYMRU", (long) plaid);
			expected.put("GREEN", (long) green);
			expected.put("NO_OVERALL_CONTROL", (long) noc);
			expected.values().removeIf(n -> n == 0);
			assertThat(tally).isEqualTo(expected);
		}
	}

	@Nested
	@DisplayName("matched to the register")
	class Matching {

		@Test
		@DisplayName("Barnsley's 2026 code E08000038, unknown to the register, still lands on the register's Barnsley")
		void barnsleyNewCode() {
			JsonNode years = PeopleImportTests.json(http.get("/api/v1/areas/E08000016/political-control")).get("years");
			assertThat(year(years, 2026).get("control").asString()).isEqualTo("REFORM_UK");
		}

		@Test
		@DisplayName("rows outside Stocktake's scope are skipped and the unmatched ones are counted and named, not failed")
		void unmatchedRowsAreReported() throws Exception {
			int scottishOrNorthernIrish = 0;
			Map<String, String> codes = codesIn2026();
			for (CSVRecord r : records()) {
				String code = codes.getOrDefault(r.get(1), "");
				if (code.startsWith("S") || code.startsWith("N")) {
					scottishOrNorthernIrish++;
				}
			}
			PoliticalControlLoader.Plan plan = loader.plan(new ClassPathResource(FILE).getContentAsByteArray());
			assertThat(plan.outsideScope()).isEqualTo(scottishOrNorthernIrish).isEqualTo(363);
			assertThat(plan.unmatched()).containsExactly("2 rows", "East Surrey (council id 421, E06000067)", "West Surrey (council id 420, E06000068)");
			assertThat(plan.duplicates()).isEmpty();
			assertThat(plan.rows()).hasSize(4265 - 363 - 2);
		}

		@Test
		@DisplayName("an authority the source does not cover has no years; an unknown code is a 404 problem")
		void noDataAndUnknown() {
			HttpResponse<String> fire = http.get("/api/v1/areas/E31000040/political-control");
			assertThat(fire.statusCode()).isEqualTo(200);
			assertThat(fire.body()).contains("\"years\":[]");
			HttpResponse<String> unknown = http.get("/api/v1/areas/E99999999/political-control");
			assertThat(unknown.statusCode()).isEqualTo(404);
			assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		}
	}

	@Test
	@DisplayName("the authority's page shows control and seats by year")
	void shownOnTheAuthorityPage() {
		String page = http.get("/areas/E09000030").body();
		assertThat(page).contains("id=\"political-control-table\"", "Political control", "Aspire Mayor", "Independents and others");
		assertThat(page).doesNotContain("style=");
	}

	static JsonNode year(JsonNode years, int year) {
		for (JsonNode y : years) {
			if (y.get("year").asInt() == year) {
				return y;
			}
		}
		throw new AssertionError("no year " + year);
	}

	static Map<Integer, Map<String, Object>> fromSourceFile(String authority) throws Exception {
		Map<Integer, Map<String, Object>> byYear = new TreeMap<>();
		for (CSVRecord r : records()) {
			if (!r.get(2).equals(authority)) {
				continue;
			}
			int total = Integer.parseInt(r.get(4));
			Map<String, Object> seats = new TreeMap<>();
			String control = "NO_OVERALL_CONTROL";
			int column = 5;
			for (String party : COLUMNS.values()) {
				int n = Integer.parseInt(r.get(column++));
				if (n > 0) {
					seats.put(party, n);
				}
				if (2 * n > total) {
					control = party;
				}
			}
			byYear.put(Integer.parseInt(r.get(3)), Map.of("control", control, "total", total, "seats", seats));
		}
		return byYear;
	}

	static Map<String, String> codesIn2026() throws Exception {
		Map<String, String> codes = new HashMap<>();
		for (CSVRecord r : records()) {
			if (r.get(3).equals("2026")) {
				codes.put(r.get(1), r.get(15));
			}
		}
		return codes;
	}

	static List<CSVRecord> records() throws Exception {
		try (Reader in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
			List<CSVRecord> all = CSVFormat.RFC4180.parse(in).getRecords();
			return all.subList(1, all.size());
		}
	}
}
