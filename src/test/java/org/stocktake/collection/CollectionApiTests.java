package org.stocktake.collection;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.collection.internal.CollectionJobs;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestMailServer;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stocktake.collection.CollectionFixture.PERIOD;
import static org.stocktake.collection.CollectionFixture.STOCKPORT;
import static org.stocktake.collection.CollectionFixture.json;

@StocktakeTest
@DisplayName("Data collection API")
class CollectionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CollectionJobs jobs;

	@Autowired
	Collections collections;

	Http anonymous;
	Http officer;
	Http council;
	TestUsers.TestUser councilUser;
	Http otherCouncil;
	Http member;
	CollectionFixture fx;

	@BeforeEach
	void setUp() {
		TestUsers users = new TestUsers(context);
		anonymous = new Http(port);
		officer = anonymous.as(users.create(Role.OFFICER).token());
		councilUser = users.create(Role.COUNCIL);
		council = anonymous.as(councilUser.token());
		otherCouncil = anonymous.as(users.create(Role.COUNCIL, "E08000001").token());
		member = anonymous.as(users.create(Role.MEMBER).token());
		fx = new CollectionFixture(officer);
	}

	@Test
	@DisplayName("an officer creates a collection; invalid input answers 422 listing every problem")
	void create() {
		JsonNode c = fx.create(officer, 14, 30);
		assertThat(c.get("period").asText()).isEqualTo(PERIOD);
		assertThat(c.get("authorities")).hasSize(7);
		// a completeness rule is added when none is given, so that every measure is required
		assertThat(c.get("rules").get(0).get("kind").asText()).isEqualTo("COMPLETENESS");
		assertThat(c.get("rules")).hasSize(6);
		JsonNode got = json(council.get("/api/v1/collections/" + fx.id));
		assertThat(got.get("title").asText()).isEqualTo(fx.title);

		HttpResponse<String> bad = officer.postJson("/api/v1/collections", """
				{"title": "", "period": "2025/26", "measures": ["%s", "no-such-measure"], "authorities": ["E99999999"],
				 "opensOn": "2026-01-10", "closesOn": "2026-01-01", "publishOn": "2025-12-01",
				 "rules": [{"kind": "RELATION", "measure": "%s", "operator": "=<", "otherMeasure": "nothing"},
				           {"kind": "PEER_OUTLIER", "measure": "%s", "method": "IQR"}]}
				""".formatted(fx.received, fx.received, fx.received));
		assertThat(bad.statusCode()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		json(bad).get("errors").forEach(e -> fields.add(e.get("field").asText()));
		assertThat(fields).contains("title", "measures", "period", "authorities", "closesOn", "publishOn", "rules[0].operator",
				"rules[0].otherMeasure", "rules[1].method");
	}

	@Test
	@DisplayName("entry, warnings explained, submission, query, resubmission and acceptance; published only on the publication date")
	void wholeJourney() {
		fx.create(officer, 14, 30);

		// figures with a broken relation: decided 250.1 > received 207.3
		HttpResponse<String> first = council.postCsv(fx.returnPath(STOCKPORT) + "/values", fx.csv("207.3", null, "250.1", null));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode report = json(first);
		assertThat(report.get("inserted").asInt()).isEqualTo(2);
		assertThat(report.get("errors")).singleElement().satisfies(e -> {
			assertThat(e.get("measure").asText()).isEqualTo(fx.decided);
			assertThat(e.get("rule").asText()).isEqualTo("RELATION");
		});
		// received 207.3 against its history: (207.3 − 120) / 14.1421 = 6.1731
		JsonNode history = find(report.get("warnings"), "HISTORY_OUTLIER");
		assertThat(history.get("measure").asText()).isEqualTo(fx.received);
		assertThat(history.get("score").asDouble()).isCloseTo(6.1731, within(1e-4));

		HttpResponse<String> blocked = council.postJson(fx.returnPath(STOCKPORT) + "/submit", "");
		assertThat(blocked.statusCode()).isEqualTo(422);
		assertThat(json(blocked).get("errors").toString()).contains("must be less than or equal to");

		// corrected: decided 110.9 scores 0.6745 · (110.9 − 100.5) / 1.5 = 4.6765 against its peers (a warning);
		// its z-score (110.9 − 108.333) / 18.679 = 0.137 stays under 3; the received warning is now explained
		HttpResponse<String> second = council.postCsv(fx.returnPath(STOCKPORT) + "/values",
				fx.csv("207.3", "A large housing estate came forward this quarter", "110.9", null));
		report = json(second);
		assertThat(report.get("errors")).isEmpty();
		assertThat(report.get("updated").asInt()).isEqualTo(2);
		assertThat(find(report.get("warnings"), "HISTORY_OUTLIER").get("explained").asBoolean()).isTrue();
		JsonNode peer = find(report.get("warnings"), "PEER_OUTLIER");
		assertThat(peer.get("score").asDouble()).isCloseTo(4.6765, within(1e-4));
		assertThat(peer.get("explained").asBoolean()).isFalse();
		assertThat(report.get("warnings")).hasSize(2);
		assertThat(council.postJson(fx.returnPath(STOCKPORT) + "/submit", "").statusCode()).isEqualTo(422);

		// the same file again changes nothing
		assertThat(json(council.postCsv(fx.returnPath(STOCKPORT) + "/values",
				fx.csv("207.3", "A large housing estate came forward this quarter", "110.9", null))).get("unchanged").asInt()).isEqualTo(2);

		council.postCsv(fx.returnPath(STOCKPORT) + "/values",
				fx.csv("207.3", "A large housing estate came forward this quarter", "110.9", "Backlog cleared after recruitment"));
		HttpResponse<String> submitted = council.postJson(fx.returnPath(STOCKPORT) + "/submit", "");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		assertThat(json(submitted).get("state").asText()).isEqualTo("SUBMITTED");
		// a submitted return cannot be changed
		assertThat(council.postCsv(fx.returnPath(STOCKPORT) + "/values", fx.csv("1", null, "1", null)).statusCode()).isEqualTo(422);

		// the council cannot review; an officer must give a reason to query
		assertThat(council.postJson(fx.returnPath(STOCKPORT) + "/review", "{\"decision\": \"ACCEPT\"}").statusCode()).isEqualTo(403);
		assertThat(officer.postJson(fx.returnPath(STOCKPORT) + "/review", "{\"decision\": \"QUERY\"}").statusCode()).isEqualTo(400);
		HttpResponse<String> queried = officer.postJson(fx.returnPath(STOCKPORT) + "/review",
				"{\"decision\": \"query\", \"comment\": \"Please confirm the received figure includes prior approvals\"}");
		assertThat(json(queried).get("state").asText()).isEqualTo("QUERIED");
		assertThat(TestMailServer.awaitMailTo(councilUser.username() + "@example.org", 1))
			.anySatisfy(m -> assertThat(m.subject()).contains(fx.title, "queried"));

		// the council answers and resubmits; the officer accepts
		council.postCsv(fx.returnPath(STOCKPORT) + "/values",
				fx.csv("207.3", "Includes 12 prior approvals; a large housing estate came forward", "110.9", "Backlog cleared after recruitment"));
		assertThat(json(council.postJson(fx.returnPath(STOCKPORT) + "/submit", "")).get("state").asText()).isEqualTo("SUBMITTED");
		JsonNode accepted = json(officer.postJson(fx.returnPath(STOCKPORT) + "/review", "{\"decision\": \"ACCEPT\", \"comment\": null}"));
		assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
		List<String> actions = new ArrayList<>();
		accepted.get("history").forEach(e -> actions.add(e.get("action").asText()));
		assertThat(actions).containsSubsequence("STARTED", "SUBMITTED", "QUERIED", "SUBMITTED", "ACCEPTED");

		// the dashboard shows it
		JsonNode dashboard = json(officer.get("/api/v1/collections/" + fx.id + "/returns"));
		assertThat(dashboard).hasSize(7);
		assertThat(find(dashboard, STOCKPORT, "gssCode").get("state").asText()).isEqualTo("ACCEPTED");
		assertThat(find(dashboard, "E08000001", "gssCode").get("state").asText()).isEqualTo("NOT_STARTED");

		// before the publication date: accepted figures appear on no public route, nor to another council
		jobs.publishDue();
		Embargo.assertNotVisible(anonymous, fx, STOCKPORT, "207.3", "110.9");
		Embargo.assertNotVisible(otherCouncil, fx, STOCKPORT, "207.3", "110.9");
		assertThat(anonymous.get(fx.returnPath(STOCKPORT)).statusCode()).isEqualTo(401);
		assertThat(otherCouncil.get(fx.returnPath(STOCKPORT)).statusCode()).isEqualTo(403);
		assertThat(member.get(fx.returnPath(STOCKPORT)).statusCode()).isEqualTo(403);
		assertThat(council.get(fx.returnPath(STOCKPORT)).body()).contains("207.3");

		// the publication date comes (the officer brings it forward to today); the job publishes once
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		HttpResponse<String> moved = officer.postJson("/api/v1/collections/" + fx.id + "/dates",
				"{\"opensOn\": \"%s\", \"closesOn\": \"%s\", \"publishOn\": \"%s\"}".formatted(today, today, today));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		jobs.publishDue();
		assertThat(collections.publishDue()).as("a second run publishes nothing").isZero();
		Embargo.assertVisible(anonymous, fx, STOCKPORT, "207.3", "110.9");
		JsonNode values = json(anonymous.get("/api/v1/values?measure=" + fx.received + "&area=" + STOCKPORT + "&period=2025/26%20Q2"));
		assertThat(values.get("items")).singleElement().satisfies(v -> {
			assertThat(v.get("value").asDouble()).isEqualTo(207.3);
			assertThat(v.get("status").asText()).isEqualTo("provisional");
		});
		assertThat(json(council.get(fx.returnPath(STOCKPORT))).get("publishedAt").isNull()).isFalse();
	}

	@Test
	@DisplayName("a council sees and changes only its own authority's return")
	void ownReturnOnly() {
		fx.create(officer, 14, 30);
		assertThat(council.get(fx.returnPath("E08000001")).statusCode()).isEqualTo(403);
		assertThat(council.postCsv(fx.returnPath("E08000001") + "/values", fx.csv("1", null, "1", null)).statusCode()).isEqualTo(403);
		assertThat(otherCouncil.get(fx.returnPath("E08000001")).statusCode()).isEqualTo(200);
		// an authority outside the collection has no return
		assertThat(officer.get(fx.returnPath("E08000010")).statusCode()).isEqualTo(404);
		// a file naming another authority or period is refused, every bad row listed, nothing saved
		String csv = "measure,area,period,value\n" + fx.received + ",E08000001," + PERIOD + ",5\n" + fx.decided + "," + STOCKPORT + ",2025/26 Q1,5\n"
				+ "no-such," + STOCKPORT + "," + PERIOD + ",abc\n";
		HttpResponse<String> refused = council.postCsv(fx.returnPath(STOCKPORT) + "/values", csv);
		assertThat(refused.statusCode()).isEqualTo(422);
		List<String> where = new ArrayList<>();
		json(refused).get("errors").forEach(e -> where.add(e.get("row").asInt() + ":" + e.get("column").asText()));
		assertThat(where).contains("2:area", "3:period", "4:measure", "4:value");
		assertThat(json(council.get(fx.returnPath(STOCKPORT))).get("state").asText()).isEqualTo("NOT_STARTED");
	}

	@Test
	@DisplayName("a dry run reports without saving; incomplete returns cannot be submitted")
	void dryRunAndCompleteness() {
		fx.create(officer, 14, 30);
		String onlyReceived = "measure,area,period,value,note\n" + fx.received + "," + STOCKPORT + "," + PERIOD + ",125,\n";
		JsonNode dry = json(council.postCsv(fx.returnPath(STOCKPORT) + "/values?dryRun=true", onlyReceived));
		assertThat(dry.get("dryRun").asBoolean()).isTrue();
		assertThat(dry.get("inserted").asInt()).isEqualTo(1);
		assertThat(json(council.get(fx.returnPath(STOCKPORT))).get("state").asText()).isEqualTo("NOT_STARTED");
		council.postCsv(fx.returnPath(STOCKPORT) + "/values", onlyReceived);
		HttpResponse<String> incomplete = council.postJson(fx.returnPath(STOCKPORT) + "/submit", "");
		assertThat(incomplete.statusCode()).isEqualTo(422);
		assertThat(json(incomplete).get("errors")).singleElement().satisfies(e -> assertThat(e.get("field").asText()).isEqualTo(fx.decided));
	}

	@Test
	@DisplayName("reminders go once to council users of authorities that have not submitted")
	void reminders() {
		fx.create(officer, 3, 30);
		int sent = collections.sendDueReminders();
		assertThat(sent).isGreaterThanOrEqualTo(7);
		collections.sendDueReminders();
		String address = councilUser.username() + "@example.org";
		List<TestMailServer.Mail> mails = TestMailServer.awaitMailTo(address, 1).stream().filter(m -> m.subject().contains(fx.title)).toList();
		assertThat(mails).singleElement().satisfies(m -> {
			assertThat(m.subject()).startsWith("Reminder: ").contains("Stockport");
			assertThat(m.body()).contains("/collections/" + fx.id + "/returns/" + STOCKPORT);
		});
		// an officer's reminder now goes only to those still not submitted, once a day
		assertThat(collections.remindNow(fx.id)).isEqualTo(7);
		assertThat(collections.remindNow(fx.id)).isZero();
	}

	@Test
	@DisplayName("an Excel workbook in the same layout is read like the CSV")
	void xlsx() throws java.io.IOException {
		fx.create(officer, 14, 30);
		byte[] workbook;
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
			var sheet = book.createSheet("Return");
			String[] header = { "measure", "area", "period", "value", "status", "note" };
			var h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			Object[][] rows = { { fx.received, STOCKPORT, PERIOD, 125.0, "provisional", "" }, { fx.decided, STOCKPORT, PERIOD, 101.0, "", "" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				for (int i = 0; i < rows[r].length; i++) {
					if (rows[r][i] instanceof Double d) {
						row.createCell(i).setCellValue(d);
					}
					else {
						row.createCell(i).setCellValue((String) rows[r][i]);
					}
				}
			}
			book.write(out);
			workbook = out.toByteArray();
		}
		HttpResponse<String> r = council.post(fx.returnPath(STOCKPORT) + "/values",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		assertThat(json(r).get("inserted").asInt()).isEqualTo(2);
		// 125 against history mean 120, σ 14.14: z = 0.35, no warning; 101 against the peers: 0.6745 · 0.5 / 1.5 = 0.22, none either
		assertThat(json(r).get("warnings")).isEmpty();
		JsonNode ret = json(council.get(fx.returnPath(STOCKPORT)));
		assertThat(ret.get("values").get(0).get("value").asDouble()).isEqualTo(125.0);
		assertThat(ret.get("values").get(0).get("status").asText()).isEqualTo("provisional");
	}

	@Test
	@DisplayName("publishing over an earlier published figure revises it, keeping the revision")
	void revision() {
		fx.create(officer, 14, 30);
		officer.postCsv("/api/v1/values/import", "measure,area,period,value,status\n" + fx.received + "," + STOCKPORT + "," + PERIOD + ",150,estimated\n");
		council.postCsv(fx.returnPath(STOCKPORT) + "/values", fx.csv("151", null, "101", null));
		assertThat(council.postJson(fx.returnPath(STOCKPORT) + "/submit", "").statusCode()).isEqualTo(200);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		officer.postJson("/api/v1/collections/" + fx.id + "/dates", "{\"opensOn\": \"%s\", \"closesOn\": \"%s\", \"publishOn\": \"%s\"}".formatted(today, today, today));
		// accepted on or after the publication date: published at once
		assertThat(json(officer.postJson(fx.returnPath(STOCKPORT) + "/review", "{\"decision\": \"ACCEPT\"}")).get("publishedAt").isNull()).isFalse();
		JsonNode values = json(anonymous.get("/api/v1/values?measure=" + fx.received + "&area=" + STOCKPORT + "&period=2025-26-Q2"));
		assertThat(values.get("items").get(0).get("value").asDouble()).isEqualTo(151.0);
		var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		List<String> revisions = jdbc.sql("select old_value || ' ' || old_status || ' -> ' || new_value || ' ' || new_status from data_value_revision "
				+ "where measure_id = ? and area_gss = ? and period = ?").params(fx.received, STOCKPORT, PERIOD).query(String.class).list();
		assertThat(revisions).containsExactly("150 estimated -> 151 provisional");
		assertThat(collections.publishDue()).isZero();
	}

	static JsonNode find(JsonNode array, String rule) {
		return find(array, rule, "rule");
	}

	static JsonNode find(JsonNode array, String value, String field) {
		for (JsonNode n : array) {
			if (value.equals(n.get(field).asText())) {
				return n;
			}
		}
		throw new AssertionError("No " + field + " " + value + " in " + array);
	}
}
