package org.stocktake.leadership;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
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
 * The board's four tables are reproduced from bookings entered to match each of the seed paper's
 * tables, one table at a time. The paper gives only counts, so the bookings are anonymous records
 * ("not named": no person), each recording only the one characteristic its table is about — no
 * person and no other characteristic is invented. Each table's events start on a day of their own,
 * far in the future, so that the table's date range holds nothing else.
 */
@StocktakeTest
@DisplayName("The board's cross-tabulations")
class CrossTabulationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A distinct day for each table of this run, in a year no real booking will have. */
	static final AtomicInteger DAY = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 300) * 100);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http officer;

	@BeforeEach
	void clients() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** One event per programme, all starting on {@code day}; answers the events' titles by programme. */
	Map<String, String> eventsOn(LocalDate day, String table) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> titles = new java.util.LinkedHashMap<>();
		for (String programme : SeedTables.PROGRAMMES) {
			String title = "Seed 004 " + table + " table " + programme + " " + suffix;
			HttpResponse<String> created = officer.postJson("/api/v1/leadership/events", """
					{"programme": "%s", "title": "%s", "startsOn": "%s", "modules": ["%s"]}""".formatted(programme, title, day, day));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			titles.put(programme, title);
		}
		return titles;
	}

	/** A booking file with, for each cell of the table, that many anonymous rows recording only the row's label in {@code column}. */
	static String bookingsMatching(SeedTables.Table table, String column, Map<String, String> events) {
		StringBuilder csv = new StringBuilder("programme,event,person,authority,party,region,council_type,gender,age_range,ethnicity,status\n");
		List<String> columns = List.of("party", "region", "council_type", "gender");
		for (SeedTables.Row row : table.rows()) {
			for (int p = 0; p < SeedTables.PROGRAMMES.size(); p++) {
				String programme = SeedTables.PROGRAMMES.get(p);
				for (int i = 0; i < row.counts().get(p); i++) {
					csv.append(programme).append(',').append(events.get(programme)).append(",,");
					for (String c : columns) {
						csv.append(',').append(c.equals(column) ? '"' + row.label() + '"' : "");
					}
					csv.append(",,,BOOKED\n");
				}
			}
		}
		return csv.toString();
	}

	JsonNode reproduce(String text, String by, String rowKeyColumn) {
		SeedTables.Table table = SeedTables.parse(text);
		LocalDate day = LocalDate.of(2900, 1, 1).plusDays(DAY.incrementAndGet());
		Map<String, String> events = eventsOn(day, by);
		String csv = bookingsMatching(table, by, events);
		HttpResponse<String> imported = officer.postCsv("/api/v1/leadership/bookings/import", csv);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(json(imported).get("inserted").asInt()).isEqualTo(table.totals().total());

		HttpResponse<String> again = officer.postCsv("/api/v1/leadership/bookings/import", csv);
		assertThat(json(again).get("unchanged").asInt()).as("re-importing the same file changes nothing").isEqualTo(table.totals().total());
		assertThat(json(again).get("inserted").asInt()).isZero();

		HttpResponse<String> crossTab = officer.get("/api/v1/leadership/crosstabs?by=" + by + "&from=" + day + "&to=" + day);
		assertThat(crossTab.statusCode()).as(crossTab.body()).isEqualTo(200);
		JsonNode result = json(crossTab);
		List<String> programmes = result.get("programmes").valueStream().map(JsonNode::asString).toList();
		assertThat(programmes).containsSubsequence(SeedTables.PROGRAMMES);
		assertThat(result.get("rows").size()).as("one row per row of the paper's table").isEqualTo(table.rows().size());
		for (SeedTables.Row row : table.rows()) {
			String key = keyOf(by, row.label());
			JsonNode produced = result.get("rows").valueStream().filter(r -> r.get("key").asString().equals(key)).findFirst().orElse(null);
			assertThat(produced).as("a row for %s (%s)", row.label(), key).isNotNull();
			for (int p = 0; p < SeedTables.PROGRAMMES.size(); p++) {
				int column = programmes.indexOf(SeedTables.PROGRAMMES.get(p));
				assertThat(produced.get("counts").get(column).asInt()).as("%s × %s", row.label(), SeedTables.PROGRAMMES.get(p))
					.isEqualTo(row.counts().get(p));
			}
			assertThat(produced.get("total").asInt()).as("%s total", row.label()).isEqualTo(row.total());
		}
		for (int p = 0; p < SeedTables.PROGRAMMES.size(); p++) {
			int column = programmes.indexOf(SeedTables.PROGRAMMES.get(p));
			assertThat(result.get("totals").get(column).asInt()).as("total of %s", SeedTables.PROGRAMMES.get(p))
				.isEqualTo(table.totals().counts().get(p));
		}
		assertThat(result.get("total").asInt()).isEqualTo(table.totals().total()).isEqualTo(764);
		return result;
	}

	/** The key the API gives a row the paper labels {@code label}, through the same readers the import uses. */
	static String keyOf(String by, String label) {
		return switch (by) {
			case "party" -> org.stocktake.people.Party.parse(label).orElseThrow().name();
			case "region" -> RecordedPlace.region(label).orElseThrow().code();
			case "council_type" -> RecordedPlace.councilType(label).orElseThrow().name();
			case "gender" -> Gender.parse(label).orElseThrow().name();
			default -> throw new IllegalArgumentException(by);
		};
	}

	@Test
	@DisplayName("by party reproduces the paper's table (Labour LA 76 … total 764)")
	void byParty() {
		JsonNode table = reproduce(SeedTables.PARTY, "party", "party");
		assertThat(table.get("rows").get(0).get("label").asString()).isEqualTo("Conservative");
	}

	@Test
	@DisplayName("by region reproduces the paper's table (Wales LA 35; all 19 Leading Edge bookings in the South East)")
	void byRegion() {
		JsonNode table = reproduce(SeedTables.REGION, "region", "region");
		JsonNode wales = table.get("rows").valueStream().filter(r -> r.get("key").asString().equals("W92000004")).findFirst().orElseThrow();
		assertThat(wales.get("counts").get(0).asInt()).isEqualTo(35);
		assertThat(wales.get("label").asString()).isEqualTo("Wales");
	}

	@Test
	@DisplayName("by council type reproduces the paper's table (District LE 172; Welsh LA 34 and Parks LA 1, kept as recorded)")
	void byCouncilType() {
		JsonNode table = reproduce(SeedTables.COUNCIL_TYPE, "council_type", "council_type");
		JsonNode district = table.get("rows").valueStream().filter(r -> r.get("key").asString().equals("NON_METROPOLITAN_DISTRICT")).findFirst()
			.orElseThrow();
		assertThat(district.get("counts").get(1).asInt()).isEqualTo(172);
	}

	@Test
	@DisplayName("by gender reproduces the paper's table (Male 468, Female 296)")
	void byGender() {
		reproduce(SeedTables.GENDER, "gender", "gender");
	}

	@Test
	@DisplayName("keeps bookings whose characteristic was not recorded in a row of their own, and refuses an unknown breakdown")
	void notRecordedAndUnknownBreakdown() {
		LocalDate day = LocalDate.of(2900, 1, 1).plusDays(DAY.incrementAndGet());
		Map<String, String> events = eventsOn(day, "unrecorded");
		String csv = "programme,event,person,authority,party,region,council_type,gender,age_range,ethnicity,status\n"
				+ "LA," + events.get("LA") + ",,,,,,prefer not to say,,,BOOKED\n"
				+ "LA," + events.get("LA") + ",,,,,,,,,ATTENDED\n"
				+ "LA," + events.get("LA") + ",,,,,,female,,,CANCELLED\n"
				+ "LA," + events.get("LA") + ",,,,,,female,,,WAITING\n";
		assertThat(officer.postCsv("/api/v1/leadership/bookings/import", csv).statusCode()).isEqualTo(200);
		JsonNode table = json(officer.get("/api/v1/leadership/crosstabs?by=gender&from=" + day + "&to=" + day));
		assertThat(table.get("total").asInt()).as("cancelled and waiting bookings are not counted").isEqualTo(2);
		assertThat(table.get("rows").valueStream().map(r -> r.get("key").asString()).toList()).containsExactly("PREFER_NOT_TO_SAY", "NOT_RECORDED");
		assertThat(officer.get("/api/v1/leadership/crosstabs?by=shoe_size").statusCode()).isEqualTo(400);
	}
}
