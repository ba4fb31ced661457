package org.stocktake.oversight;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Inspections")
class InspectionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Nested
	@DisplayName("from the real Ofsted ILACS judgements")
	class RealJudgements {

		@Test
		@DisplayName("give each grade's count and share as an independent count of the latest-judgements file does")
		void distributionMatchesTheFile() throws IOException {
			List<CSVRecord> latest = read("demo/oversight/ofsted_csc_ilacs_overview_latest.csv");
			Map<String, Long> expected = latest.stream()
				.map(r -> r.get("overall_effectiveness_grade").trim())
				.collect(Collectors.groupingBy(g -> g.isEmpty() || g.equals("nan") ? "not graded" : g, Collectors.counting()));
			long graded = latest.size() - expected.getOrDefault("not graded", 0L);

			JsonNode summary = json(http.get("/api/v1/inspections/summary?inspectorate=ofsted&framework=ilacs"));
			JsonNode overall = summary.get("overall");
			assertThat(overall.get("total").asInt()).isEqualTo(latest.size());
			assertThat(overall.get("notGraded").asLong()).isEqualTo(expected.getOrDefault("not graded", 0L));
			for (JsonNode g : overall.get("grades")) {
				long count = expected.getOrDefault(g.get("grade").asString(), 0L);
				assertThat(g.get("count").asLong()).as(g.get("grade").asString()).isEqualTo(count);
				assertThat(g.get("percentage").decimalValue().doubleValue()).as(g.get("grade").asString() + " %")
					.isCloseTo(100.0 * count / graded, org.assertj.core.data.Offset.offset(0.05));
			}
			assertThat(summary.get("scale").toString()).isEqualTo("[\"outstanding\",\"good\",\"requires improvement\",\"inadequate\"]");
		}

		@Test
		@DisplayName("count transitions between consecutive inspections as an independent count of the two files does")
		void transitionsMatchTheHistory() throws IOException {
			// The history file and the latest-judgements file together are the known history (Wiltshire's latest is only in the second).
			Map<String, Map<String, String>> gradesByAuthority = new HashMap<>();
			for (CSVRecord r : read("demo/oversight/ilacs_inspection_history_part.csv")) {
				gradesByAuthority.computeIfAbsent(r.get("la_code"), k -> new java.util.TreeMap<>()).put(r.get("publication_date"), grade(r));
			}
			for (CSVRecord r : read("demo/oversight/ofsted_csc_ilacs_overview_latest.csv")) {
				String published = java.time.LocalDate.parse(r.get("publication_date"), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yy")).toString();
				gradesByAuthority.computeIfAbsent(r.get("la_code"), k -> new java.util.TreeMap<>()).putIfAbsent(published, grade(r));
			}
			Map<String, Integer> expected = new HashMap<>();
			int pairs = 0;
			for (Map<String, String> byDate : gradesByAuthority.values()) {
				List<String> ordered = new ArrayList<>(byDate.values());
				for (int i = 1; i < ordered.size(); i++) {
					expected.merge(ordered.get(i - 1) + "→" + ordered.get(i), 1, Integer::sum);
					pairs++;
				}
			}
			JsonNode matrix = json(http.get("/api/v1/inspections/transitions?inspectorate=ofsted&framework=ilacs"));
			assertThat(matrix.get("pairs").asInt()).isEqualTo(pairs).isPositive();
			Map<String, Integer> actual = new HashMap<>();
			for (JsonNode cell : matrix.get("transitions")) {
				actual.put(cell.get("from").asString() + "→" + cell.get("to").asString(), cell.get("count").asInt());
			}
			assertThat(actual).isEqualTo(expected);
		}

		@Test
		@DisplayName("are listed for one authority by its GSS code, with sub-judgements and the report's address")
		void listedForAnAuthority() {
			JsonNode page = json(http.get("/api/v1/inspections?area=E08000016&inspectorate=ofsted&framework=ilacs"));
			assertThat(page.get("totalItems").asInt()).isPositive();
			JsonNode barnsley = page.get("items").get(0);
			assertThat(barnsley.get("areaName").asString()).isEqualTo("Barnsley");
			assertThat(barnsley.get("publicationDate").asString()).isEqualTo("2023-10-27");
			assertThat(barnsley.get("overallGrade").asString()).isEqualTo("good");
			assertThat(barnsley.get("reportUrl").asString()).isEqualTo("https://files.ofsted.gov.uk/v1/file/50231520");
			assertThat(barnsley.get("judgements").toString()).contains("{\"name\":\"help and protection\",\"grade\":\"requires improvement\"}");
		}

		@Test
		@DisplayName("match reorganised authorities by name, not by the file's outdated codes")
		void reorganisedAuthoritiesMatched() {
			// The file gives North Yorkshire the old county code E10000023; the authority is now the unitary E06000065.
			assertThat(json(http.get("/api/v1/inspections?area=E06000065")).get("totalItems").asInt()).isPositive();
			assertThat(json(http.get("/api/v1/inspections?area=E06000064")).get("items").get(0).get("areaName").asString())
				.isEqualTo("Westmorland and Furness");
		}

		@Test
		@DisplayName("are shown on the inspections page and on the authority's page")
		void shownOnPages() {
			HttpResponse<String> page = http.get("/inspections");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Inspecting Local Authority Children&#39;s Services", "Requires improvement", "Barnsley");
			assertThat(http.get("/areas/E08000016").body()).contains("area-inspections", "27 Oct 2023");
		}

		@Test
		@DisplayName("download as CSV with a byte-order mark")
		void downloadAsCsv() {
			HttpResponse<String> csv = http.get("/inspections.csv?inspectorate=ofsted&framework=ilacs");
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.body()).startsWith("\uFEFFarea,area_name,inspectorate,framework,inspection_type");
			assertThat(csv.body()).contains("E08000016,Barnsley,ofsted,ilacs,short,2023-09-11,2023-09-15,2023-10-27,good");
		}
	}

	@Nested
	@DisplayName("asked about wrongly")
	class BadQuestions {

		@Test
		@DisplayName("say which parameter is wrong and why")
		void badParameters() {
			HttpResponse<String> unknownArea = http.get("/api/v1/inspections?area=E99999999");
			assertThat(unknownArea.statusCode()).isEqualTo(400);
			assertThat(unknownArea.body()).contains("\"field\":\"area\"", "No authority in the register has this GSS code");
			HttpResponse<String> unknownFramework = http.get("/api/v1/inspections/summary?inspectorate=ofsted&framework=nope");
			assertThat(unknownFramework.statusCode()).isEqualTo(400);
			assertThat(unknownFramework.body()).contains("\"field\":\"framework\"", "ofsted/ilacs");
		}
	}

	@Nested
	@DisplayName("imported from CSV")
	class Importing {

		private static final String HEADER = "area,inspectorate,framework,start_date,end_date,publication_date,overall_grade,judgement_safe_care\n";

		String officer;

		@BeforeEach
		void officer() {
			officer = new TestUsers(context).create(Role.OFFICER).token();
		}

		@Test
		@DisplayName("are written once, and importing the same file again changes nothing")
		void importAndReimport() {
			String day = java.time.LocalDate.of(2024, 6, 1).plusDays(ThreadLocalRandom.current().nextInt(700)).toString();
			String csv = HEADER + "E08000016,cqc,la-assessment,,," + day + ",Requires Improvement,good\n"
					+ "E06000065,CQC,la-assessment,,," + day + ",,\n";
			HttpResponse<String> dry = http.as(officer).postCsv("/api/v1/inspections/import?dryRun=true", csv);
			assertThat(dry.body()).contains("\"inserted\":2", "\"dryRun\":true");
			assertThat(cqcInspections("E08000016", day)).isZero();

			assertThat(http.as(officer).postCsv("/api/v1/inspections/import", csv).body()).contains("\"inserted\":2");
			assertThat(http.as(officer).postCsv("/api/v1/inspections/import", csv).body()).contains("\"inserted\":0", "\"updated\":0",
					"\"unchanged\":2");
			JsonNode stored = json(http.get("/api/v1/inspections?area=E08000016&inspectorate=cqc")).get("items");
			assertThat(stored.toString()).contains("\"overallGrade\":\"requires improvement\"", "{\"name\":\"safe care\",\"grade\":\"good\"}");
		}

		@Test
		@DisplayName("with any bad row, report every problem by line and column and write nothing")
		void everyProblemReported() {
			long before = json(http.get("/api/v1/inspections?size=1")).get("totalItems").asLong();
			String csv = HEADER
					+ "E08000016,cqc,la-assessment,2024-03-01,2024-02-01,2024-05-01,good,\n" // line 2: ends before it starts
					+ "E99999999,cqc,la-assessment,,,2024-05-01,good,\n" // line 3: unknown authority
					+ "E08000016,nobody,la-assessment,,,2024-05-01,good,\n" // line 4: unknown inspectorate
					+ "E08000016,cqc,la-assessment,,,01/05/2024,good,\n" // line 5: not an ISO date
					+ "E08000016,cqc,la-assessment,,,2024-06-01,excellent,\n" // line 6: not a grade of the framework
					+ "E07000223,ofsted,ilacs,,,2024-06-01,good,\n" // line 7: a district has no children's services
					+ "E08000016,cqc,la-assessment,,,2024-07-01,good,\n" // line 8
					+ "E08000016,cqc,la-assessment,,,2024-07-01,good,\n"; // line 9: repeats line 8
			HttpResponse<String> response = http.as(officer).postCsv("/api/v1/inspections/import", csv);
			assertThat(response.statusCode()).isEqualTo(422);
			JsonNode errors = json(response).get("errors");
			assertThat(errors).hasSize(7);
			assertThat(error(errors, 2)).isEqualTo("end_date|2024-02-01|The inspection ends before it starts (2024-03-01)");
			assertThat(error(errors, 3)).isEqualTo("area|E99999999|No authority in the register has this code");
			assertThat(error(errors, 4)).startsWith("inspectorate|nobody|Unknown inspectorate; Stocktake knows ");
			assertThat(error(errors, 5)).isEqualTo("publication_date|01/05/2024|Not a date: write dates as YYYY-MM-DD, for example 2024-07-23");
			assertThat(error(errors, 6)).isEqualTo(
					"overall_grade|excellent|Not a grade of la-assessment; its grades are outstanding, good, requires improvement, inadequate (leave blank for not graded)");
			assertThat(error(errors, 7)).isEqualTo("area|E07000223|ilacs does not inspect Adur, a non metropolitan district");
			assertThat(error(errors, 9)).isEqualTo("publication_date|2024-07-01|Repeats line 8: the same authority, framework and publication date");
			assertThat(json(http.get("/api/v1/inspections?size=1")).get("totalItems").asLong()).isEqualTo(before);
		}

		@Test
		@DisplayName("only by officers")
		void onlyOfficers() {
			String csv = HEADER + "E08000016,cqc,la-assessment,,,2024-05-01,good,\n";
			// Refused before authentication: without a token an anonymous POST also lacks a CSRF token.
			assertThat(http.postCsv("/api/v1/inspections/import", csv).statusCode()).isIn(401, 403);
			String council = new TestUsers(context).create(Role.COUNCIL).token();
			assertThat(http.as(council).postCsv("/api/v1/inspections/import", csv).statusCode()).isEqualTo(403);
		}

		private long cqcInspections(String area, String day) {
			return json(http.get("/api/v1/inspections?area=" + area + "&inspectorate=cqc&size=1000")).get("items")
				.valueStream()
				.filter(i -> i.get("publicationDate").asString().equals(day))
				.count();
		}
	}

	private static String error(JsonNode errors, int row) {
		return errors.valueStream()
			.filter(e -> e.get("row").asInt() == row)
			.map(e -> e.get("column").asString() + "|" + e.get("value").asString() + "|" + e.get("message").asString())
			.findFirst()
			.orElse("no error on line " + row);
	}

	private static String grade(CSVRecord r) {
		String g = r.get("overall_effectiveness_grade").trim();
		return g.isEmpty() || g.equals("nan") ? "not graded" : g;
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static List<CSVRecord> read(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream();
				CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}
}
