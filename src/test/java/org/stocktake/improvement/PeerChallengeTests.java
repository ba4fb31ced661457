package org.stocktake.improvement;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
@DisplayName("A peer challenge")
class PeerChallengeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Stockport is challenged; its peers come from Manchester. */
	static final String HOST = "E08000007";
	static final String PEERS_FROM = "E08000003";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http http;
	Http officer;

	@BeforeEach
	void clients() {
		http = new Http(port);
		officer = http.as(new TestUsers(context).create(Role.OFFICER).token());
	}

	JsonNode request(String area, String product) {
		HttpResponse<String> created = officer.postJson("/api/v1/peer-challenges",
				"{\"area\": \"%s\", \"product\": \"%s\", \"enquiryOn\": \"2024-01-08\"}".formatted(area, product));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created);
	}

	HttpResponse<String> move(long id, String body) {
		return officer.postJson("/api/v1/peer-challenges/" + id + "/transitions", body);
	}

	JsonNode moved(long id, String body) {
		HttpResponse<String> response = move(id, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	/** Takes a new challenge on site at Stockport: 11–14 March 2024, four weekdays. */
	long onSite(String product, Peers peers) {
		long id = request(HOST, product).get("id").asLong();
		moved(id, "{\"to\": \"SCOPING\", \"on\": \"2024-01-15\"}");
		moved(id, "{\"to\": \"TEAM_CONFIRMED\", \"on\": \"2024-02-01\", \"leadMemberPeer\": \"%s\", \"leadOfficerPeer\": \"%s\"}"
			.formatted(peers.councillor, peers.officer));
		moved(id, "{\"to\": \"POSITION_STATEMENT_RECEIVED\", \"on\": \"2024-03-01\"}");
		moved(id, "{\"to\": \"ON_SITE\", \"onSiteStart\": \"2024-03-11\", \"onSiteEnd\": \"2024-03-14\"}");
		return id;
	}

	@Nested
	@DisplayName("goes through its life one named step at a time")
	class Lifecycle {

		@Test
		@DisplayName("from enquiry to closed, each step recording its date and who took it, the team from the directory")
		void wholeLife() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			JsonNode enquiry = request(HOST, "corporate-peer-challenge");
			assertThat(enquiry.get("state").asString()).isEqualTo("ENQUIRY");
			assertThat(names(enquiry.get("allowedNext"))).containsExactlyInAnyOrder("SCOPING", "CLOSED");
			long id = onSite("corporate-peer-challenge", peers);
			moved(id, "{\"to\": \"FEEDBACK_PRESENTED\", \"on\": \"2024-03-14\"}");
			moved(id, "{\"to\": \"DRAFT_REPORT\", \"on\": \"2024-04-02\"}");
			moved(id, "{\"to\": \"REPORT_AGREED\", \"on\": \"2024-04-22\"}");
			moved(id, "{\"to\": \"PUBLISHED\", \"on\": \"2024-05-01\", \"link\": \"https://www.example.org/report.pdf\"}");
			moved(id, "{\"to\": \"ACTION_PLAN_RECEIVED\", \"on\": \"2024-06-03\"}");
			moved(id, "{\"to\": \"FOLLOW_UP\", \"on\": \"2025-03-03\"}");
			JsonNode closed = moved(id, "{\"to\": \"CLOSED\", \"on\": \"2025-03-10\"}");

			assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
			assertThat(closed.get("allowedNext").size()).isZero();
			assertThat(closed.get("onSiteStart").asString()).isEqualTo("2024-03-11");
			assertThat(closed.get("publishedOn").asString()).isEqualTo("2024-05-01");
			assertThat(closed.get("reportLink").asString()).isEqualTo("https://www.example.org/report.pdf");
			assertThat(closed.get("history").valueStream().map(s -> s.get("to").asString() + "@" + s.get("occurredOn").asString()).toList())
				.containsExactly("ENQUIRY@2024-01-08", "SCOPING@2024-01-15", "TEAM_CONFIRMED@2024-02-01",
						"POSITION_STATEMENT_RECEIVED@2024-03-01", "ON_SITE@2024-03-11", "FEEDBACK_PRESENTED@2024-03-14",
						"DRAFT_REPORT@2024-04-02", "REPORT_AGREED@2024-04-22", "PUBLISHED@2024-05-01", "ACTION_PLAN_RECEIVED@2024-06-03",
						"FOLLOW_UP@2025-03-03", "CLOSED@2025-03-10");
			assertThat(closed.get("history").valueStream().map(s -> s.get("actor").asString())).allMatch(a -> a.startsWith("officer"));
			assertThat(closed.get("team").valueStream().map(m -> m.get("role").asString() + ":" + m.get("name").asString()).toList())
				.containsExactlyInAnyOrder("LEAD_MEMBER_PEER:Cllr Testpeer " + peers.prefix, "LEAD_OFFICER_PEER:Testpeer Officer " + peers.prefix);
			assertThat(officer.get("/api/v1/peer-challenges/" + id).body()).isEqualTo(officer.get("/api/v1/peer-challenges/" + id).body());
		}

		@Test
		@DisplayName("is audited at every step")
		void audited() {
			long id = request(HOST, "finance-peer-review").get("id").asLong();
			moved(id, "{\"to\": \"SCOPING\", \"on\": \"2024-01-15\"}");
			org.springframework.jdbc.core.simple.JdbcClient jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
			List<String> actions = jdbc.sql("select action from audit_event where entity_type = 'peer-challenge' and entity_id = :id order by id")
				.param("id", String.valueOf(id)).query(String.class).list();
			assertThat(actions).containsExactly("CREATE", "UPDATE");
		}

		@Test
		@DisplayName("may be closed before the visit with a reason, and a closed challenge takes no further step")
		void withdrawn() {
			long id = request(HOST, "library-peer-challenge").get("id").asLong();
			HttpResponse<String> noReason = move(id, "{\"to\": \"CLOSED\", \"on\": \"2024-01-20\"}");
			assertThat(noReason.statusCode()).isEqualTo(400);
			assertThat(noReason.body()).contains("Enter why the challenge closes before its follow-up");
			JsonNode closed = moved(id, "{\"to\": \"CLOSED\", \"on\": \"2024-01-20\", \"reason\": \"The council withdrew its request\"}");
			assertThat(closed.get("closedReason").asString()).isEqualTo("The council withdrew its request");
			HttpResponse<String> after = move(id, "{\"to\": \"SCOPING\"}");
			assertThat(after.statusCode()).isEqualTo(409);
			assertThat(after.body()).contains("\"currentState\":\"CLOSED\"", "\"allowedNextStates\":[]");
		}
	}

	@Nested
	@DisplayName("refuses")
	class Refusals {

		@Test
		@DisplayName("a step its state does not allow, with 409 naming the current state and the allowed next states")
		void illegalTransition() {
			long id = request(HOST, "corporate-peer-challenge").get("id").asLong();
			HttpResponse<String> response = move(id, "{\"to\": \"PUBLISHED\", \"link\": \"https://www.example.org/r.pdf\"}");
			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
			JsonNode problem = json(response);
			assertThat(problem.get("currentState").asString()).isEqualTo("ENQUIRY");
			assertThat(names(problem.get("allowedNextStates"))).containsExactlyInAnyOrder("SCOPING", "CLOSED");
			assertThat(problem.get("detail").asString()).contains("ENQUIRY", "PUBLISHED");
			assertThat(json(officer.get("/api/v1/peer-challenges/" + id)).get("state").asString()).isEqualTo("ENQUIRY");
		}

		@Test
		@DisplayName("a state that does not exist, with 400")
		void unknownState() {
			long id = request(HOST, "corporate-peer-challenge").get("id").asLong();
			HttpResponse<String> response = move(id, "{\"to\": \"HALF_DONE\"}");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("Choose the next step");
		}

		@Test
		@DisplayName("a step dated before the one before it, or in the future")
		void datesInOrder() {
			long id = request(HOST, "corporate-peer-challenge").get("id").asLong();
			assertThat(move(id, "{\"to\": \"SCOPING\", \"on\": \"2023-12-01\"}").body())
				.contains("cannot be dated before the previous one (2024-01-08)");
			LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
			assertThat(move(id, "{\"to\": \"SCOPING\", \"on\": \"" + tomorrow + "\"}").body()).contains("must be today or in the past");
			assertThat(move(id, "{\"to\": \"SCOPING\", \"on\": \"15/01/2024\"}").body()).contains("Not a date");
		}

		@Test
		@DisplayName("a visit longer than its product allows, one ending before it starts, or one before scoping")
		void onSiteDays() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			long id = request(HOST, "safeguarding-practice-diagnostic").get("id").asLong();
			moved(id, "{\"to\": \"SCOPING\", \"on\": \"2024-01-15\"}");
			moved(id, "{\"to\": \"TEAM_CONFIRMED\", \"on\": \"2024-02-01\", \"peers\": [\"%s\"]}".formatted(peers.officer));
			moved(id, "{\"to\": \"POSITION_STATEMENT_RECEIVED\", \"on\": \"2024-03-01\"}");
			HttpResponse<String> tooLong = move(id, "{\"to\": \"ON_SITE\", \"onSiteStart\": \"2024-03-11\", \"onSiteEnd\": \"2024-03-15\"}");
			assertThat(tooLong.statusCode()).isEqualTo(400);
			assertThat(tooLong.body()).contains("A safeguarding practice diagnostic is at most 3 days on site; these dates give 5 weekdays");
			assertThat(move(id, "{\"to\": \"ON_SITE\", \"onSiteStart\": \"2024-03-11\", \"onSiteEnd\": \"2024-03-08\"}").body())
				.contains("The last day on site must be on or after the first");
			assertThat(move(id, "{\"to\": \"ON_SITE\", \"onSiteStart\": \"2024-01-02\", \"onSiteEnd\": \"2024-01-03\"}").body())
				.contains("cannot be dated before the previous one");
			// A weekend in the middle does not count: Friday to Tuesday is three weekdays.
			JsonNode ok = moved(id, "{\"to\": \"ON_SITE\", \"onSiteStart\": \"2024-03-08\", \"onSiteEnd\": \"2024-03-12\"}");
			assertThat(ok.get("state").asString()).isEqualTo("ON_SITE");
		}

		@Test
		@DisplayName("a team with a peer from the host authority, an association officer, or a lead member who is not a councillor")
		void teamRules() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			long id = request(HOST, "corporate-peer-challenge").get("id").asLong();
			moved(id, "{\"to\": \"SCOPING\", \"on\": \"2024-01-15\"}");
			HttpResponse<String> response = move(id, "{\"to\": \"TEAM_CONFIRMED\", \"on\": \"2024-02-01\", \"leadMemberPeer\": \"%s\", \"peers\": [\"%s\", \"no-such-person\"]}"
				.formatted(peers.officer, peers.hostOfficer));
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("is not a councillor", "is from Stockport, the authority being challenged",
					"No one in the directory has the number or reference no-such-person");
			assertThat(move(id, "{\"to\": \"TEAM_CONFIRMED\", \"on\": \"2024-02-01\"}").body()).contains("Name the team");
		}

		@Test
		@DisplayName("publication without the report's address, and a decline without a reason")
		void publication() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			long id = onSite("culture-peer-challenge", peers);
			moved(id, "{\"to\": \"FEEDBACK_PRESENTED\", \"on\": \"2024-03-14\"}");
			moved(id, "{\"to\": \"DRAFT_REPORT\", \"on\": \"2024-04-02\"}");
			moved(id, "{\"to\": \"REPORT_AGREED\", \"on\": \"2024-04-22\"}");
			assertThat(move(id, "{\"to\": \"PUBLISHED\", \"on\": \"2024-05-01\"}").body()).contains("Enter the address of the published report");
			assertThat(move(id, "{\"to\": \"PUBLISHED\", \"on\": \"2024-05-01\", \"link\": \"report.pdf\"}").body())
				.contains("Enter the report's web address, starting https://");
			assertThat(move(id, "{\"to\": \"PUBLICATION_DECLINED\", \"on\": \"2024-05-01\"}").body())
				.contains("Enter why the council declined to publish the report");
			JsonNode declined = moved(id, "{\"to\": \"PUBLICATION_DECLINED\", \"on\": \"2024-05-01\", \"reason\": \"Published as a summary only\"}");
			assertThat(declined.get("declinedReason").asString()).isEqualTo("Published as a summary only");
			assertThat(names(declined.get("allowedNext"))).containsExactlyInAnyOrder("ACTION_PLAN_RECEIVED", "CLOSED");
		}

		@Test
		@DisplayName("an enquiry with every field wrong, saying what is wrong with each, and records nothing")
		void enquiryValidation() {
			long before = json(officer.get("/api/v1/peer-challenges")).get("totalItems").asLong();
			HttpResponse<String> response = officer.postJson("/api/v1/peer-challenges",
					"{\"area\": \"E99999999\", \"product\": \"away-day\", \"enquiryOn\": \"soon\", \"challengeManager\": \"nobody-at-all\"}");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("No authority in the register has the GSS code E99999999", "There is no product away-day",
					"Not a date", "No one in the directory has the number or reference nobody-at-all");
			assertThat(json(officer.get("/api/v1/peer-challenges")).get("totalItems").asLong()).isEqualTo(before);
		}
	}

	@Nested
	@DisplayName("as a follow-up visit")
	class FollowUp {

		@Test
		@DisplayName("refers to an earlier, delivered challenge of the same authority")
		void refersToEarlier() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			long earlier = onSite("corporate-peer-challenge", peers);
			long notDelivered = request(HOST, "corporate-peer-challenge").get("id").asLong();
			long elsewhere = request(PEERS_FROM, "corporate-peer-challenge").get("id").asLong();
			String body = "{\"area\": \"" + HOST + "\", \"product\": \"follow-up-visit\"%s}";
			assertThat(officer.postJson("/api/v1/peer-challenges", body.formatted("")).body())
				.contains("Enter the number of the earlier challenge this follow-up visit returns to");
			assertThat(officer.postJson("/api/v1/peer-challenges", body.formatted(", \"follows\": \"" + notDelivered + "\"")).body())
				.contains("has not been delivered yet");
			assertThat(officer.postJson("/api/v1/peer-challenges", body.formatted(", \"follows\": \"" + elsewhere + "\"")).body())
				.contains("was of Manchester, not Stockport");
			assertThat(officer.postJson("/api/v1/peer-challenges",
					"{\"area\": \"" + HOST + "\", \"product\": \"finance-peer-review\", \"follows\": \"" + earlier + "\"}").body())
				.contains("Only a follow-up visit refers to an earlier challenge");
			HttpResponse<String> ok = officer.postJson("/api/v1/peer-challenges", body.formatted(", \"follows\": \"" + earlier + "\""));
			assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
			assertThat(json(ok).get("follows").asLong()).isEqualTo(earlier);
		}
	}

	@Nested
	@DisplayName("is flagged")
	class Overdue {

		@Test
		@DisplayName("when its report is not agreed eight weeks after the visit")
		void reportLate() {
			long id = onSite("corporate-peer-challenge", new Peers(officer, PEERS_FROM, HOST));
			JsonNode challenge = json(officer.get("/api/v1/peer-challenges/" + id));
			assertThat(names(challenge.get("overdue"))).containsExactly("REPORT_NOT_AGREED");
			moved(id, "{\"to\": \"FEEDBACK_PRESENTED\", \"on\": \"2024-03-14\"}");
			moved(id, "{\"to\": \"DRAFT_REPORT\", \"on\": \"2024-04-02\"}");
			JsonNode agreed = moved(id, "{\"to\": \"REPORT_AGREED\", \"on\": \"2024-04-22\"}");
			assertThat(names(agreed.get("overdue"))).containsExactly("FOLLOW_UP_NOT_HELD");
		}
	}

	@Nested
	@DisplayName("counts towards coverage")
	class CoverageFigures {

		@Test
		@DisplayName("from the first day on site: the authority's latest corporate peer challenge, and the list with and without one")
		void coverage() {
			PeerChallenges service = context.getBean(PeerChallenges.class);
			long id = onSite("corporate-peer-challenge", new Peers(officer, PEERS_FROM, HOST));
			assertThat(service.latestCorporatePeerChallenge(HOST)).contains(LocalDate.parse("2024-03-11"));
			assertThat(service.latestCorporatePeerChallenge("E09000001")).isEmpty();

			JsonNode coverage = json(officer.get("/api/v1/peer-challenges/coverage"));
			assertThat(coverage.get("years").asInt()).isEqualTo(4);
			assertThat(coverage.get("product").asString()).isEqualTo("corporate-peer-challenge");
			assertThat(coverage.get("covered").valueStream().filter(e -> e.get("gssCode").asString().equals(HOST)).findFirst().orElseThrow()
				.get("latestVisit").asString()).isEqualTo("2024-03-11");
			assertThat(coverage.get("notCovered").valueStream().map(e -> e.get("gssCode").asString())).doesNotContain(HOST);
			int councils = coverage.get("covered").size() + coverage.get("notCovered").size();
			assertThat(councils).isEqualTo((int) context.getBean(org.stocktake.register.Register.class).all().stream()
				.filter(a -> a.current() && a.type().principalCouncil()).count());
			assertThat(json(officer.get("/api/v1/peer-challenges/coverage?years=1")).get("covered").valueStream()
				.map(e -> e.get("challengeId").asLong())).doesNotContain(id);

			JsonNode fire = json(officer.get("/api/v1/peer-challenges/coverage?years=3&product=fire-peer-challenge"));
			assertThat(fire.get("notCovered").valueStream().map(e -> e.get("type").asString())).containsOnly("FIRE_AND_RESCUE");
			assertThat(officer.get("/api/v1/peer-challenges/coverage?years=0").statusCode()).isEqualTo(400);
			assertThat(officer.get("/api/v1/peer-challenges/coverage?product=away-day").statusCode()).isEqualTo(400);
		}
	}

	@Nested
	@DisplayName("keeps the council's action plan")
	class ActionPlan {

		@Test
		@DisplayName("from the visit on: the council's own users add and update actions, officers too, other councils not")
		void councilKeepsItsPlan() {
			TestUsers users = new TestUsers(context);
			Http council = http.as(users.create(Role.COUNCIL, HOST).token());
			long notYet = request(HOST, "corporate-peer-challenge").get("id").asLong();
			String line = "{\"recommendation\": \"Refresh the medium-term financial plan\", \"action\": \"Adopt a new plan\", "
					+ "\"owner\": \"Director of Finance\", \"dueDate\": \"2024-09-30\"}";
			HttpResponse<String> early = council.postJson("/api/v1/peer-challenges/" + notYet + "/actions", line);
			assertThat(early.statusCode()).isEqualTo(400);
			assertThat(early.body()).contains("Actions can be added once the team has been on site");

			long id = onSite("corporate-peer-challenge", new Peers(officer, PEERS_FROM, HOST));
			HttpResponse<String> added = council.postJson("/api/v1/peer-challenges/" + id + "/actions", line);
			assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
			long actionId = json(added).get("id").asLong();
			assertThat(json(added).get("status").asString()).isEqualTo("OPEN");
			assertThat(officer.get("/peer-challenges/" + id).body()).contains("Refresh the medium-term financial plan", "Overdue");

			HttpResponse<String> done = council.postJson("/api/v1/peer-challenges/" + id + "/actions/" + actionId, "{\"status\": \"done\"}");
			assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
			assertThat(json(done).get("status").asString()).isEqualTo("DONE");
			assertThat(json(officer.get("/api/v1/peer-challenges/" + id + "/actions")).valueStream().map(a -> a.get("status").asString()))
				.containsExactly("DONE");
			assertThat(council.postJson("/api/v1/peer-challenges/" + id + "/actions/" + actionId, "{\"status\": \"finished\"}").body())
				.contains("Choose the status: OPEN, DONE or CANCELLED");

			Http otherCouncil = http.as(users.create(Role.COUNCIL, PEERS_FROM).token());
			assertThat(otherCouncil.get("/api/v1/peer-challenges/" + id + "/actions").statusCode()).isEqualTo(403);
			assertThat(otherCouncil.postJson("/api/v1/peer-challenges/" + id + "/actions", line).statusCode()).isEqualTo(403);
			assertThat(http.as(users.create(Role.MEMBER).token()).get("/api/v1/peer-challenges/" + id + "/actions").statusCode()).isEqualTo(403);
		}

		@Test
		@DisplayName("says what is missing from an action, field by field, and adds nothing")
		void validation() {
			long id = onSite("corporate-peer-challenge", new Peers(officer, PEERS_FROM, HOST));
			HttpResponse<String> response = officer.postJson("/api/v1/peer-challenges/" + id + "/actions", "{\"dueDate\": \"end of year\"}");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("Enter the recommendation", "Enter the action the council will take", "Enter who owns the action",
					"Not a date");
			assertThat(json(officer.get("/api/v1/peer-challenges/" + id + "/actions")).size()).isZero();
			HttpResponse<String> page = officer.postForm("/peer-challenges/" + id + "/actions", "recommendation", "", "action", "", "owner", "",
					"dueDate", "");
			assertThat(page.body()).contains("govuk-error-summary", "govuk-form-group--error", "Enter who owns the action");
		}
	}

	@Nested
	@DisplayName("is seen")
	class Access {

		@Test
		@DisplayName("by officers; by a council's user only for its own authority, who may request one but not move it on")
		void councils() {
			TestUsers users = new TestUsers(context);
			Http council = http.as(users.create(Role.COUNCIL, HOST).token());
			Http member = http.as(users.create(Role.MEMBER).token());
			long own = request(HOST, "corporate-peer-challenge").get("id").asLong();
			long other = request(PEERS_FROM, "corporate-peer-challenge").get("id").asLong();
			assertThat(council.get("/api/v1/peer-challenges/" + own).statusCode()).isEqualTo(200);
			assertThat(council.get("/api/v1/peer-challenges/" + other).statusCode()).isEqualTo(403);
			assertThat(json(council.get("/api/v1/peer-challenges?size=1000")).get("items").valueStream()
				.map(c -> c.get("area").asString())).containsOnly(HOST);
			assertThat(council.postJson("/api/v1/peer-challenges", "{\"area\": \"" + HOST + "\", \"product\": \"corporate-peer-challenge\"}")
				.statusCode()).isEqualTo(201);
			assertThat(council.postJson("/api/v1/peer-challenges", "{\"area\": \"" + PEERS_FROM + "\", \"product\": \"corporate-peer-challenge\"}")
				.statusCode()).isEqualTo(403);
			assertThat(council.postJson("/api/v1/peer-challenges/" + own + "/transitions", "{\"to\": \"SCOPING\"}").statusCode()).isEqualTo(403);
			assertThat(member.get("/api/v1/peer-challenges").statusCode()).isEqualTo(403);
			assertThat(http.get("/api/v1/peer-challenges").statusCode()).isEqualTo(401);
			assertThat(http.get("/api/v1/peer-challenges/coverage").statusCode()).isEqualTo(401);
		}

		@Test
		@DisplayName("by the public only as published reports, with no people in them")
		void publicList() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			long id = onSite("corporate-peer-challenge", peers);
			moved(id, "{\"to\": \"FEEDBACK_PRESENTED\", \"on\": \"2024-03-14\"}");
			moved(id, "{\"to\": \"DRAFT_REPORT\", \"on\": \"2024-04-02\"}");
			moved(id, "{\"to\": \"REPORT_AGREED\", \"on\": \"2024-04-22\"}");
			String unpublished = "https://www.example.org/" + peers.prefix + ".pdf";
			long draft = request(HOST, "corporate-peer-challenge").get("id").asLong();
			moved(id, "{\"to\": \"PUBLISHED\", \"on\": \"2024-05-01\", \"link\": \"" + unpublished + "\"}");
			HttpResponse<String> list = http.get("/api/v1/peer-challenges/published?size=1000&area=" + HOST);
			assertThat(list.statusCode()).isEqualTo(200);
			JsonNode items = json(list).get("items");
			assertThat(items.valueStream().map(i -> i.get("id").asLong())).contains(id).doesNotContain(draft);
			assertThat(list.body()).contains(unpublished).doesNotContain(peers.prefix + "\"", "Testpeer", "team", "history");
			assertThat(http.get("/api/v1/offer").body()).contains("corporate-peer-challenge", "follow-up-visit", "\"daysOnSite\":5");
		}
	}

	/** Requests and moves challenges through the API, for tests in other classes. */
	record Client(Http officer) {

		long request(String area, String product) {
			HttpResponse<String> created = officer.postJson("/api/v1/peer-challenges",
					"{\"area\": \"%s\", \"product\": \"%s\", \"enquiryOn\": \"2024-01-08\"}".formatted(area, product));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			return json(created).get("id").asLong();
		}

		HttpResponse<String> move(long id, String body) {
			return officer.postJson("/api/v1/peer-challenges/" + id + "/transitions", body);
		}

		JsonNode moved(long id, String body) {
			HttpResponse<String> response = move(id, body);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return json(response);
		}
	}

	static List<String> names(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
