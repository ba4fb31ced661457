package org.stocktake.boards;

import java.net.http.HttpResponse;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Oversight of improvement activity across the boards")
class ActivityTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	BoardFixture f;
	Http officer;

	@BeforeEach
	void fixture() {
		f = new BoardFixture(port, context);
		officer = f.as(f.users.create(Role.OFFICER));
	}

	private long log(String board, String title, String description, String councils, boolean significant) {
		HttpResponse<String> created = officer.postJson("/api/v1/activities", """
				{"board": "%s", "title": "%s", "description": "%s", "programme": "Sector support", "theme": "Finance",
				 "date": "2031-10-01", "significant": %s, "councils": [%s]}
				""".formatted(board, title, description, significant, councils));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("id").asLong();
	}

	@Test
	@DisplayName("officers log activity through the API; a bad board, date or GSS code is refused with every error named")
	void logging() {
		HttpResponse<String> bad = officer.postJson("/api/v1/activities", """
				{"board": "no-such-board", "title": "", "description": "x", "date": "31/10/2031", "councils": ["E99999999"]}
				""");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("There is no board no-such-board", "Enter the title of the activity", "Not a date",
				"No authority in the register has the GSS code E99999999");
		assertThat(f.http.postJson("/api/v1/activities", "{}").statusCode()).isIn(401, 403);
		assertThat(f.as(f.users.create(Role.MEMBER)).get("/api/v1/activities/duplicates").statusCode()).isEqualTo(403);
		long id = log("resources-board", "Workforce pay survey " + f.marker, "A survey of pay.", "\"E08000007\"", false);
		assertThat(officer.get("/api/v1/activities?size=1000").body()).contains("\"id\":" + id, "E08000007");
	}

	@Test
	@DisplayName("duplication detection flags planted look-alike activities on different boards, with the reason, and not unrelated ones")
	void duplicates() {
		long a = log("children-and-young-people-board", "Peer review of children's services safeguarding partnerships",
				"Peer reviews of safeguarding partnerships in children's services, with councils and their partners reviewing practice.",
				"\"E08000007\", \"E06000047\"", false);
		long b = log("community-wellbeing-board", "Safeguarding partnership peer reviews for children's services",
				"A programme of peer review of children's safeguarding partnerships, reviewing how the partners work together.",
				"\"E08000007\"", true);
		long sameBoard = log("children-and-young-people-board", "Peer review of children's services safeguarding partnerships again",
				"Peer reviews of safeguarding partnerships in children's services, with councils and their partners reviewing practice.",
				"\"E08000007\"", false);
		long unrelated = log("culture-tourism-and-sport-board", "Libraries digital inclusion grants",
				"Small grants for public libraries to lend laptops and teach basic digital skills to older residents.", "\"E08000007\"", false);
		long c = log("resources-board", "Net zero procurement toolkit",
				"A toolkit on carbon reduction in procurement contracts for finance and procurement officers.", "", false);
		long d = log("city-regions-board", "Procurement toolkit for net zero",
				"Guidance and a toolkit helping procurement teams cut carbon through contracts.", "", false);

		JsonNode pairs = JSON.readTree(officer.get("/api/v1/activities/duplicates").body());
		List<JsonNode> found = pairs.valueStream().toList();
		assertThat(found).anySatisfy(p -> {
			assertThat(List.of(p.get("first").get("id").asLong(), p.get("second").get("id").asLong())).containsExactlyInAnyOrder(a, b);
			assertThat(p.get("reason").asString()).contains("Similar title and description", "safeguard", "same councils:", "E08000007");
		});
		assertThat(found).anySatisfy(p -> assertThat(List.of(p.get("first").get("id").asLong(), p.get("second").get("id").asLong()))
			.containsExactlyInAnyOrder(c, d));
		assertThat(found).as("activities on the same board are not duplication across boards").noneSatisfy(p -> assertThat(
				List.of(p.get("first").get("id").asLong(), p.get("second").get("id").asLong())).containsExactlyInAnyOrder(a, sameBoard));
		assertThat(found).as("a council in common is not enough").noneMatch(p -> p.get("first").get("id").asLong() == unrelated
				|| p.get("second").get("id").asLong() == unrelated);
		assertThat(officer.get("/activities").body()).contains("Possible duplication", "Safeguarding partnership peer reviews for children");
	}

	@Test
	@DisplayName("significant issues queue for the Improvement and Innovation Board's next meeting, and the activity report is drafted from what was logged since the last, by board")
	void activityReport() {
		long meeting = f.meeting("2031-11-10");
		String title = "Significant finance issue " + f.marker;
		log("resources-board", title, "Several councils report pressure on budgets.", "\"E08000007\"", true);
		log("people-and-places-board", "Rural services review " + f.marker, "A review of rural services.", "", false);
		assertThat(f.clerk.get("/meetings/" + meeting).body()).contains("Significant improvement issues queued for this meeting", title);
		assertThat(f.clerk.postForm("/meetings/" + meeting + "/activity-report").statusCode()).isEqualTo(302);
		String agenda = f.clerk.get("/meetings/" + meeting).body();
		assertThat(agenda).contains("LGA Boards&#39; improvement activity", "Resources Board", "People and Places Board", title,
				"Rural services review " + f.marker);
		assertThat(f.clerk.get("/meetings/" + f.meeting("2031-11-24")).body()).as("reported activity is not queued again").doesNotContain(title);
	}
}
