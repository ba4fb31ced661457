package org.stocktake.leadership;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.leadership.CrossTabulationTests.json;

@StocktakeTest
@DisplayName("Impact surveys and alumni")
class ImpactAndAlumniTests {

	static final String HEADER = "programme,event,person,authority,party,region,council_type,gender,age_range,ethnicity,status\n";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http officer;
	Fixtures fixtures;

	@BeforeEach
	void clients() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		fixtures = new Fixtures(officer);
	}

	String attended(String programme, String event, List<String> people) {
		StringBuilder csv = new StringBuilder(HEADER);
		people.forEach(p -> csv.append(programme).append(',').append(event).append(',').append(p).append(",,,,,,,,ATTENDED\n"));
		return csv.toString();
	}

	@Test
	@DisplayName("the impact survey draws only from completions four to six months ago, records size and seed, and the same seed draws the same people")
	void reproducibleDraw() {
		LocalDate today = LocalDate.now(context.getBean(Clock.class));
		String programme = fixtures.programme();
		String inside = fixtures.event(programme, "Five months ago", null, null, today.minusMonths(5)).get("title").asString();
		String tooRecent = fixtures.event(programme, "Three months ago", null, null, today.minusMonths(3)).get("title").asString();
		String tooOld = fixtures.event(programme, "Seven months ago", null, null, today.minusMonths(7)).get("title").asString();
		List<String> people = fixtures.councillors(14, "E08000007", "LAB");
		String csv = attended(programme, inside, people.subList(0, 10)) + attended(programme, tooRecent, people.subList(10, 12)).replace(HEADER, "")
				+ attended(programme, tooOld, people.subList(12, 14)).replace(HEADER, "");
		HttpResponse<String> imported = officer.postCsv("/api/v1/leadership/bookings/import", csv);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

		String body = "{\"programme\": \"%s\", \"size\": 4, \"seed\": 20160119}".formatted(programme);
		JsonNode first = json(officer.postJson("/api/v1/leadership/impact-draws", body));
		JsonNode second = json(officer.postJson("/api/v1/leadership/impact-draws", body));
		assertThat(first.get("candidates").asInt()).as("only the ten who completed four to six months ago").isEqualTo(10);
		assertThat(first.get("size").asInt()).isEqualTo(4);
		assertThat(first.get("seed").asLong()).isEqualTo(20160119L);
		assertThat(first.get("windowFrom").asString()).isEqualTo(today.minusMonths(6).toString());
		assertThat(first.get("windowTo").asString()).isEqualTo(today.minusMonths(4).toString());
		List<Long> drawn = first.get("invited").valueStream().map(i -> i.get("bookingId").asLong()).toList();
		assertThat(drawn).hasSize(4).doesNotHaveDuplicates();
		assertThat(second.get("invited").valueStream().map(i -> i.get("bookingId").asLong()).toList()).as("reproducible").isEqualTo(drawn);
		assertThat(first.get("invited").valueStream().map(i -> i.get("event").asString()).distinct().toList()).containsExactly(inside);
		assertThat(first.get("invited").get(0).get("mailed").asBoolean()).isTrue();

		JsonNode everyone = json(officer.postJson("/api/v1/leadership/impact-draws", "{\"programme\": \"%s\", \"size\": 50}".formatted(programme)));
		assertThat(everyone.get("invited").size()).as("a draw larger than the eligible takes them all").isEqualTo(10);
		assertThat(everyone.get("seed").isNumber()).as("a seed chosen is recorded").isTrue();

		String colleague = fixtures.councillors(1, "E08000007", "CON").get(0);
		HttpResponse<String> invited = officer.postJson("/api/v1/leadership/impact-draws/" + first.get("id").asLong() + "/colleagues",
				"{\"booking\": %d, \"colleagues\": [\"%s\"]}".formatted(drawn.get(0), colleague));
		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
		assertThat(json(invited).get("invited").valueStream().filter(i -> i.get("kind").asString().equals("COLLEAGUE")).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("alumni count roles begun after the cohort ended and within five years, from the directory's dated roles")
	void alumniWithinFiveYears() {
		LocalDate ended = LocalDate.of(2016, 3, 31);
		String title = fixtures.event("NXG", "Next Generation alumni test", null, null, LocalDate.of(2015, 10, 1), ended).get("title").asString();
		String p = fixtures.prefix;
		fixtures.people(Fixtures.PEOPLE_HEADER + "\n"
				+ p + "-a,Cllr Alumna A,COUNCILLOR,E08000007,LAB,,,true,CABINET_MEMBER,Housing,,2017-05-20,\n"
				+ p + "-b,Cllr Alumnus B,COUNCILLOR,E08000007,LAB,,,true,LEADER,,,2022-05-01,\n"
				+ p + "-c,Cllr Alumna C,COUNCILLOR,E08000007,LAB,,,true,COMMITTEE_CHAIR,Planning,,2014-05-01,2019-05-01\n"
				+ p + "-d,Cllr Alumnus D,COUNCILLOR,E08000007,LAB,,,true,,,,,\n");
		String csv = attended("NXG", title, List.of(p + "-a", p + "-b", p + "-c", p + "-d")) + "NXG," + title + ",,,,,,,,,ATTENDED\n";
		assertThat(officer.postCsv("/api/v1/leadership/bookings/import", csv).statusCode()).isEqualTo(200);
		JsonNode cohort = json(officer.get("/api/v1/leadership/alumni?programme=NXG")).valueStream()
			.filter(c -> c.get("event").asString().equals(title)).findFirst().orElseThrow();
		assertThat(cohort.get("completedOn").asString()).isEqualTo(ended.toString());
		assertThat(cohort.get("participants").asInt()).isEqualTo(4);
		assertThat(cohort.get("tookRole").asInt()).as("A only: B began after five years, C before the cohort ended, D never").isEqualTo(1);
		assertThat(cohort.get("percent").decimalValue()).isEqualByComparingTo("25.0");
		assertThat(cohort.get("notNamed").asInt()).isEqualTo(1);
		assertThat(cohort.get("windowOpen").asBoolean()).isFalse();
		assertThat(cohort.get("targetPercent").asInt()).isEqualTo(50);
	}

	@Test
	@DisplayName("evaluations average each module's overall satisfaction (1–4) and check 'made a difference' against 90%")
	void evaluations() {
		String programme = fixtures.programme();
		JsonNode event = fixtures.event(programme, "Evaluated event", null, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5));
		long id = event.get("id").asLong();
		String[][] responses = { { "1", "4", "true" }, { "1", "3", "true" }, { "2", "4", "true" }, { "2", "1", "false" } };
		for (String[] r : responses) {
			HttpResponse<String> sent = officer.postJson("/api/v1/leadership/events/" + id + "/evaluations",
					"{\"module\": %s, \"satisfaction\": %s, \"madeDifference\": %s}".formatted(r[0], r[1], r[2]));
			assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		}
		assertThat(officer.postJson("/api/v1/leadership/events/" + id + "/evaluations", "{\"module\": 1, \"satisfaction\": 5}").statusCode())
			.isEqualTo(400);
		JsonNode summary = json(officer.get("/api/v1/leadership/evaluations?programme=" + programme));
		assertThat(summary.get("modules").get(0).get("average").decimalValue()).isEqualByComparingTo("3.50");
		assertThat(summary.get("modules").get(1).get("average").decimalValue()).isEqualByComparingTo("2.50");
		assertThat(summary.get("programmeAverage").decimalValue()).isEqualByComparingTo("3.00");
		assertThat(summary.get("madeDifferencePercent").decimalValue()).isEqualByComparingTo("75.0");
		assertThat(summary.get("targetPercent").asInt()).isEqualTo(90);
		assertThat(summary.get("meetsTarget").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("the seed paper's reported averages are shown for the 2015/16 events, apart from recorded responses")
	void reportedAverages() {
		JsonNode summary = json(officer.get("/api/v1/leadership/evaluations?programme=LA"));
		JsonNode module = summary.get("modules").valueStream()
			.filter(m -> m.get("event").asString().equals("Leadership Academy 152") && m.get("module").asInt() == 2).findFirst().orElseThrow();
		assertThat(module.get("reportedAverage").decimalValue()).isEqualByComparingTo("3.92");
		assertThat(module.get("reportedSource").asString()).contains("19 January 2016");
	}
}
