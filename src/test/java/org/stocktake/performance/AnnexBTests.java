package org.stocktake.performance;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

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

/**
 * The seed paper's Annex B (Performance and Finance report to the Improvement and Innovation Board, 19
 * January 2016, agenda item 6): entering its figures must give its totals and percentages exactly.
 */
@StocktakeTest
@DisplayName("Targets and quarterly delivery")
class AnnexBTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A year no other test uses, so each test has its own plan in the shared database. */
	static final AtomicInteger YEARS = new AtomicInteger(2030 + ThreadLocalRandom.current().nextInt(0, 30));

	static final String HEADER = "theme,target_id,description,target,aggregation,q1,q2,q3,q4,commentary\n";

	/** The seed's Annex B, row by row: theme, deliverable, target, aggregation, Q1, Q2 (blank Q3 and Q4), commentary. */
	static final String SEED_ANNEX_B = HEADER + """
			Peer Work in Local Authorities,B1,"Deliver at least 100 peer challenges (corporate, service specific, place based)",100,SUM,18,13,,,
			Peer Work in Local Authorities,B2,"Tailored support to at least 40 local authorities, or groups of authorities, with the most severe performance challenges",40,SUM,19,8,,,
			Peer Work in Local Authorities,B3,Support at least 10 local authorities to manage and resolve issues between their political and managerial leadership,10,SUM,6,6,,,
			Peer Work in Local Authorities,B4,Support at least 20 local authorities to develop their scrutiny skills,20,SUM,16,5,,,
			Efficiency & Productivity,B5,Productivity experts to work with at least 20 local authorities,20,SUM,4,6,,,
			Efficiency & Productivity,B6,Support at least 5 local authorities to pilot new was of delivering learning disability services,5,LATEST,5,5,,,
			Efficiency & Productivity,B7,Work with at least 10 local authorities to make their waste and recycling contracts more efficient,10,LATEST,0,60,,,
			Efficiency & Productivity,B8,"Bespoke political and officer support for at least 25 local authorities to address financial sustainability; integrated budgets, management of risk and new delivery models",25,SUM,6,5,,,
			Efficiency & Productivity,B9,Develop and publish a practical guide for local authorities to identify and manage the causes and triggers of demand and provide support for up to 20 councils.,20,SUM,10,10,,,
			Strong Political Leadership,B10,Training for at least 500 councillors with leadership roles in their local authorities,500,SUM,347,201,,,548 are currently booked onto courses
			Strong Political Leadership,B11,Support at least 50 talented councillors to progress their political careers through the Next Generation programme,50,LATEST,58,58,,,
			Strong Political Leadership,B12,Recruit up to 100 high calibre graduates in to local government,100,LATEST,n/a,98,,,
			Strong Local Economies,B13,Tailored support to at least 15 local authorities to deliver their growth plans,15,SUM,4,11,,,
			Strong Local Economies,B14,support at least 150 councillors to maximise the contribution of culture and sport to growth.,150,LATEST,n/a,35,,,
			"Workforce, Transformation and Integration",B15,Support at least 15% of local authorities to transform their workforces and modernise the way they are managed,52,SUM,25,17,,,
			"Workforce, Transformation and Integration",B16,Support at least 15 local authorities to develop a more commercial approach to their activities to deliver services differently,15,LATEST,15,15,,,
			"Workforce, Transformation and Integration",B17,Roll out tools to at least 10 local authorities to help review and reduce their management layers and spans,10,LATEST,2,3,,,
			""";

	/** What the seed prints for each row: Q1, Q2, total, % achieved. */
	static final List<List<String>> SEED_CELLS = List.of(List.of("18", "13", "31", "31%"), List.of("19", "8", "27", "68%"),
			List.of("6", "6", "12", "120%"), List.of("16", "5", "21", "105%"), List.of("4", "6", "10", "50%"), List.of("5", "5", "5", "100%"),
			List.of("0", "60", "60", "600%"), List.of("6", "5", "11", "44%"), List.of("10", "10", "20", "100%"),
			List.of("347", "201", "548", "110%"), List.of("58", "58", "58", "116%"), List.of("n/a", "98", "98", "98%"),
			List.of("4", "11", "15", "100%"), List.of("n/a", "35", "35", "23%"), List.of("25", "17", "42", "81%"), List.of("15", "15", "15", "100%"),
			List.of("2", "3", "3", "30%"));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http officer;

	Http council;

	String year;

	@BeforeEach
	void setUp() {
		TestUsers users = new TestUsers(context);
		officer = new Http(port).as(users.create(Role.OFFICER).token());
		council = new Http(port).as(users.create(Role.COUNCIL).token());
		int start = YEARS.getAndIncrement();
		year = start + "-" + String.format("%02d", (start + 1) % 100);
	}

	static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	static String cell(JsonNode target, String quarter) {
		JsonNode value = target.get(quarter);
		if (value == null || value.isNull()) {
			JsonNode marker = target.get(quarter + "Marker");
			return marker == null || marker.isNull() ? "" : marker.asString();
		}
		return value.decimalValue().stripTrailingZeros().toPlainString();
	}

	@Nested
	@DisplayName("the seed's Annex B entered through the import")
	class SeedAnnexB {

		@Test
		@DisplayName("reproduces every quarter, total and % achieved the paper prints")
		void everyCell() {
			JsonNode result = json(officer.postCsv("/api/v1/performance/plans/" + year + "/targets/import", SEED_ANNEX_B), 200);
			assertThat(result.get("inserted").asInt()).isEqualTo(17);
			JsonNode annex = json(officer.get("/api/v1/performance/plans/" + year + "/annex-b?quarter=Q2"), 200);
			JsonNode targets = annex.get("targets");
			assertThat(targets.size()).isEqualTo(17);
			for (int i = 0; i < 17; i++) {
				JsonNode t = targets.get(i);
				List<String> expected = SEED_CELLS.get(i);
				assertThat(t.get("targetId").asString()).isEqualTo("B" + (i + 1));
				assertThat(List.of(cell(t, "q1"), cell(t, "q2"), t.get("total").decimalValue().stripTrailingZeros().toPlainString(),
						t.get("percentAchieved").asInt() + "%")).as(t.get("description").asString()).isEqualTo(expected);
				assertThat(cell(t, "q3")).isEmpty();
				assertThat(cell(t, "q4")).isEmpty();
			}
			assertThat(targets.get(9).get("commentary").asString()).isEqualTo("548 are currently booked onto courses");
		}

		@Test
		@DisplayName("changes nothing when imported again, and a dry run writes nothing")
		void idempotent() {
			assertThat(json(officer.postCsv("/api/v1/performance/plans/" + year + "/targets/import?dryRun=true", SEED_ANNEX_B), 200).get("inserted")
				.asInt()).isEqualTo(17);
			assertThat(officer.get("/api/v1/performance/plans/" + year + "/annex-b").statusCode()).isEqualTo(404);
			json(officer.postCsv("/api/v1/performance/plans/" + year + "/targets/import", SEED_ANNEX_B), 200);
			JsonNode again = json(officer.postCsv("/api/v1/performance/plans/" + year + "/targets/import", SEED_ANNEX_B), 200);
			assertThat(again.get("unchanged").asInt()).isEqualTo(17);
			assertThat(again.get("inserted").asInt() + again.get("updated").asInt()).isZero();
		}

		@Test
		@DisplayName("rates each target against its pro-rata profile at the end of Q2 and says why")
		void computedRatings() {
			json(officer.postCsv("/api/v1/performance/plans/" + year + "/targets/import", SEED_ANNEX_B), 200);
			JsonNode targets = json(officer.get("/api/v1/performance/plans/" + year + "/annex-b"), 200).get("targets");
			assertThat(targets.get(0).get("computedRag").asString()).isEqualTo("RED");
			assertThat(targets.get(0).get("computedReason").asString()).isEqualTo("31 against a profile of 50 by the end of Q2: more than 25% below profile");
			assertThat(targets.get(7).get("computedRag").asString()).isEqualTo("AMBER");
			assertThat(targets.get(9).get("computedRag").asString()).isEqualTo("GREEN");
			assertThat(targets.get(9).get("rag").asString()).isEqualTo("GREEN");
		}
	}

	@Test
	@DisplayName("leaves an unreported quarter blank, never zero, and the year's total blank until something is reported")
	void blankNotZero() {
		json(officer.postCsv("/api/v1/performance/plans/" + year + "/targets/import", HEADER + "Theme,X1,Nothing yet,10,SUM,,,,,\n"), 200);
		JsonNode t = json(officer.get("/api/v1/performance/plans/" + year + "/annex-b"), 200).get("targets").get(0);
		assertThat(t.get("q1").isNull()).isTrue();
		assertThat(t.get("total").isNull()).isTrue();
		assertThat(t.get("percentAchieved").isNull()).isTrue();
		assertThat(t.get("computedRag").asString()).isEqualTo("NOT_RATED");
	}

	@Test
	@DisplayName("refuses a file with any bad row, naming each row, column and value, and writes nothing")
	void allOrNothing() {
		String bad = HEADER + "Theme,X1,Good,10,SUM,1,,,,\nTheme,X2,Bad aggregation,10,AVERAGE,1,,,,\nTheme,X3,Bad quarter,10,SUM,-4,,,,\n"
				+ "Theme,X1,Duplicate,10,SUM,1,,,,\n";
		JsonNode problem = json(officer.postCsv("/api/v1/performance/plans/" + year + "/targets/import", bad), 422);
		assertThat(problem.get("errors").valueStream().map(e -> e.get("row").asInt() + ":" + e.get("column").asString() + ":" + e.get("value").asString())
			.toList()).containsExactly("3:aggregation:AVERAGE", "4:q1:-4", "5:target_id:X1");
		assertThat(officer.get("/api/v1/performance/plans/" + year + "/annex-b").statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("is for officers only")
	void officersOnly() {
		assertThat(council.get("/api/v1/performance/plans/2015-16/annex-b").statusCode()).isEqualTo(403);
		assertThat(new Http(port).get("/api/v1/performance/plans/2015-16/annex-b").statusCode()).isEqualTo(401);
	}

	@Nested
	@DisplayName("the demonstration plan for 2015/16")
	class Demonstration {

		@Test
		@DisplayName("holds the seed's 26 key targets with the officers' ratings: 15 green and 11 amber")
		void keyTargets() {
			JsonNode plan = json(officer.get("/api/v1/performance/plans/2015-16/targets?quarter=Q2"), 200);
			assertThat(plan.get("summary").get("sentence").asString()).isEqualTo("Of the 26 key targets, 15 are rated green and 11 amber.");
			JsonNode first = plan.get("targets").get(0);
			assertThat(first.get("rag").asString()).isEqualTo("AMBER");
			assertThat(first.get("computedRag").asString()).isEqualTo("RED");
			assertThat(first.get("ragCommentary").asString()).contains("19 January 2016");
		}

		@Test
		@DisplayName("gives the seed's Annex B figures")
		void annexB() {
			JsonNode targets = json(officer.get("/api/v1/performance/plans/2015-16/annex-b?quarter=Q2"), 200).get("targets");
			assertThat(targets.size()).isEqualTo(17);
			assertThat(targets.valueStream().map(t -> t.get("total").decimalValue().stripTrailingZeros().toPlainString() + "/" + t.get("percentAchieved").asInt())
				.toList()).containsExactlyInAnyOrderElementsOf(SEED_CELLS.stream().map(c -> c.get(2) + "/" + c.get(3).replace("%", "")).toList());
		}
	}
}
