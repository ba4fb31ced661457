package org.stocktake.improvement;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.improvement.PeerChallengeTests.HOST;
import static org.stocktake.improvement.PeerChallengeTests.PEERS_FROM;
import static org.stocktake.improvement.PeerChallengeTests.json;

@StocktakeTest
@DisplayName("Support, funded programmes, pool health and the boards' figures")
class SupportAndFiguresTests {

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

	JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json(response);
	}

	@Nested
	@DisplayName("support engagements")
	class Support {

		@Test
		@DisplayName("are recorded with authority, type, adviser, dates, outcome and savings, and count distinct authorities by type")
		void distinctAuthorities() {
			ok(officer.postJson("/api/v1/support-engagements", """
					{"area": "E08000003", "type": "housing adviser", "adviser": "A housing adviser", "startDate": "2011-02-01", "endDate": "2011-06-30",
					 "outcome": "Housing delivery plan agreed", "savingsGbp": "125000"}
					"""), 201);
			ok(officer.postJson("/api/v1/support-engagements", """
					{"area": "E08000003", "type": "HOUSING_ADVISER", "startDate": "2011-09-01"}
					"""), 201);
			JsonNode digital = ok(officer.postJson("/api/v1/support-engagements", """
					{"area": "E08000007", "type": "DIGITAL_EXPERT", "startDate": "2011-03-01", "savingsGbp": "2500.50"}
					"""), 201);
			assertThat(digital.get("type").asString()).isEqualTo("DIGITAL_EXPERT");
			assertThat(digital.get("areaName").asString()).isNotBlank();

			JsonNode counts = ok(officer.get("/api/v1/support-engagements/authorities?from=2011-01-01&to=2011-12-31"), 200);
			assertThat(counts.get("byType").get("HOUSING_ADVISER").asInt()).isEqualTo(1);
			assertThat(counts.get("byType").get("DIGITAL_EXPERT").asInt()).isEqualTo(1);
			assertThat(counts.get("all").asInt()).isEqualTo(2);
			assertThat(counts.get("savingsGbp").decimalValue()).isEqualByComparingTo("127500.50");
			assertThat(ok(officer.get("/api/v1/support-engagements?type=housing_adviser&year=2011&area=E08000003"), 200).get("totalItems").asInt())
				.isEqualTo(2);
			assertThat(http.get("/areas/E08000007").body()).contains("Digital expert, March 2011").doesNotContain("2500");
		}

		@Test
		@DisplayName("refuses, field by field, an unknown authority or type, an end before the start and a negative saving")
		void validation() {
			HttpResponse<String> refused = officer.postJson("/api/v1/support-engagements", """
					{"area": "E99999999", "type": "juggling", "startDate": "2011-05-02", "endDate": "2011-05-01", "savingsGbp": "-5"}
					""");
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(json(refused).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
				.contains("area", "type", "endDate", "savingsGbp");
		}
	}

	@Nested
	@DisplayName("application rounds")
	class Rounds {

		@Test
		@DisplayName("hold the totals the board papers reported, such as One Public Estate phase 3")
		void reported() {
			JsonNode rounds = ok(officer.get("/api/v1/application-rounds?size=1000"), 200);
			JsonNode ope = rounds.get("items").valueStream().filter(r -> r.get("programme").asString().equals("One Public Estate")).findFirst().orElseThrow();
			assertThat(ope.get("reported").get("bids").asInt()).isEqualTo(29);
			assertThat(ope.get("reported").get("authoritiesInBids").asInt()).isEqualTo(128);
			assertThat(ope.get("reported").get("awards").asInt()).isEqualTo(24);
			assertThat(ope.get("reported").get("authoritiesInAwards").asInt()).isEqualTo(108);
			assertThat(ope.get("closedOn").asString()).isEqualTo("2015-10-16");
		}

		@Test
		@DisplayName("count bids, awards and the distinct councils in them from the bids recorded")
		void recorded() {
			long id = ok(officer.postJson("/api/v1/application-rounds", """
					{"programme": "Test programme", "name": "Round one", "openedOn": "2016-01-04", "closedOn": "2016-02-26"}
					"""), 201).get("id").asLong();
			long first = ok(officer.postJson("/api/v1/application-rounds/" + id + "/bids",
					"{\"lead\": \"E08000003\", \"partners\": [\"E08000007\", \"E08000009\"], \"title\": \"Shared digital platform\"}"), 201).get("id").asLong();
			ok(officer.postJson("/api/v1/application-rounds/" + id + "/bids", "{\"lead\": \"E08000007\", \"title\": \"Housing\"}"), 201);
			long third = ok(officer.postJson("/api/v1/application-rounds/" + id + "/bids", "{\"lead\": \"E06000001\", \"title\": \"Growth\"}"), 201)
				.get("id").asLong();
			ok(officer.postJson("/api/v1/application-rounds/" + id + "/bids/" + first + "/decision",
					"{\"status\": \"awarded\", \"assessment\": \"Strong\", \"amountGbp\": \"50000\"}"), 200);
			ok(officer.postJson("/api/v1/application-rounds/" + id + "/bids/" + third + "/decision", "{\"status\": \"NOT_AWARDED\"}"), 200);
			HttpResponse<String> wrong = officer.postJson("/api/v1/application-rounds/" + id + "/bids/" + third + "/decision",
					"{\"status\": \"NOT_AWARDED\", \"amountGbp\": \"10\"}");
			assertThat(wrong.statusCode()).isEqualTo(400);

			JsonNode round = ok(officer.get("/api/v1/application-rounds/" + id), 200);
			assertThat(round.get("recorded").get("bids").asInt()).isEqualTo(3);
			assertThat(round.get("recorded").get("authoritiesInBids").asInt()).isEqualTo(4);
			assertThat(round.get("recorded").get("awards").asInt()).isEqualTo(1);
			assertThat(round.get("recorded").get("authoritiesInAwards").asInt()).isEqualTo(3);
			assertThat(round.get("amountAwardedGbp").decimalValue()).isEqualByComparingTo("50000");
			assertThat(officer.get("/application-rounds/" + id).body()).contains("Shared digital platform");
		}
	}

	@Nested
	@DisplayName("the pool's health")
	class Health {

		@Test
		@DisplayName("lists peers whose accreditation expires within 90 days and counts skills against demand")
		void expiring() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			LocalDate soon = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(30);
			ok(officer.postJson("/api/v1/peers", "{\"person\": \"%s\", \"skills\": [\"libraries\"], \"accreditationExpires\": \"%s\"}"
				.formatted(peers.officer, soon)), 201);
			JsonNode health = ok(officer.get("/api/v1/peers/health"), 200);
			assertThat(health.get("expiring").valueStream().map(p -> p.get("name").asString())).anyMatch(n -> n.contains(peers.prefix));
			assertThat(health.get("skills").valueStream().map(s -> s.get("skill").asString())).contains("libraries", "finance");
			assertThat(officer.get("/peers").body()).contains(peers.prefix);
		}
	}

	@Nested
	@DisplayName("the boards' figures")
	class BoardFigures {

		@Test
		@DisplayName("count a visit in its financial quarter, product, region and type, with its peer days, as a page, JSON and CSV")
		void delivered() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			long id = ok(officer.postJson("/api/v1/peer-challenges",
					"{\"area\": \"%s\", \"product\": \"finance-peer-review\", \"enquiryOn\": \"2012-05-01\"}".formatted(HOST)), 201).get("id").asLong();
			String path = "/api/v1/peer-challenges/" + id + "/transitions";
			ok(officer.postJson(path, "{\"to\": \"SCOPING\", \"on\": \"2012-05-10\"}"), 200);
			ok(officer.postJson(path, "{\"to\": \"TEAM_CONFIRMED\", \"on\": \"2012-06-01\", \"leadMemberPeer\": \"%s\", \"leadOfficerPeer\": \"%s\"}"
				.formatted(peers.councillor, peers.officer)), 200);
			ok(officer.postJson(path, "{\"to\": \"POSITION_STATEMENT_RECEIVED\", \"on\": \"2012-06-20\"}"), 200);
			ok(officer.postJson(path, "{\"to\": \"ON_SITE\", \"onSiteStart\": \"2012-07-02\", \"onSiteEnd\": \"2012-07-05\"}"), 200);

			JsonNode figures = ok(officer.get("/api/v1/peer-challenges/figures?year=2012-13"), 200);
			assertThat(figures.get("financialYear").asString()).isEqualTo("2012/13");
			assertThat(figures.get("delivered").asInt()).isEqualTo(1);
			assertThat(figures.get("target").asInt()).isEqualTo(100);
			assertThat(figures.get("byQuarter").get(1).get("key").asString()).isEqualTo("2012/13 Q2");
			assertThat(figures.get("byQuarter").get(1).get("value").asInt()).isEqualTo(1);
			assertThat(figures.get("byProduct").valueStream().filter(r -> r.get("key").asString().equals("finance-peer-review")).findFirst()
				.orElseThrow().get("value").asInt()).isEqualTo(1);
			assertThat(figures.get("byRegion").get(0).get("label").asString()).isEqualTo("North West");
			assertThat(figures.get("byType").get(0).get("key").asString()).isEqualTo("METROPOLITAN_DISTRICT");
			assertThat(figures.get("peerDays").asInt()).isEqualTo(8);

			HttpResponse<String> csv = officer.get("/peer-challenges/figures.csv?year=2012/13");
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.body()).contains("financial_year,figure,key,label,value").contains("2012/13,delivered_by_quarter,2012/13 Q2,2012/13 Q2,1")
				.contains("2012/13,peer_days,,,8");
			assertThat(officer.get("/peer-challenges/figures?year=2012/13").body()).contains("id=\"by-quarter\"").contains("quarter-chart");
			assertThat(officer.get("/api/v1/peer-challenges/figures?year=2012").statusCode()).isEqualTo(400);
		}
	}

	@Nested
	@DisplayName("the team proposal on the challenge's page")
	class ProposalPage {

		@Test
		@DisplayName("shows the proposed peers with their reasons and fills the team form with them")
		void proposeFromThePage() {
			Peers peers = new Peers(officer, PEERS_FROM, HOST);
			for (String person : List.of(peers.councillor, peers.officer)) {
				ok(officer.postJson("/api/v1/peers", "{\"person\": \"%s\", \"skills\": [\"finance\"]}".formatted(person)), 201);
			}
			long id = ok(officer.postJson("/api/v1/peer-challenges",
					"{\"area\": \"%s\", \"product\": \"finance-peer-review\"}".formatted(HOST)), 201).get("id").asLong();
			HttpResponse<String> proposed = officer.postForm("/peer-challenges/" + id + "/team-proposal", "onSiteStart", "");
			assertThat(proposed.statusCode()).as(proposed.body()).isIn(200, 302, 303);
			String page = officer.get("/peer-challenges/" + id).body();
			assertThat(page).contains("id=\"proposal\"").contains("fair workload");
			JsonNode api = ok(officer.get("/api/v1/peer-challenges/" + id + "/team-proposal"), 200);
			assertThat(api.get("members").size()).isPositive();
			assertThat(api.get("members").get(0).get("reasons").size()).isPositive();
			HttpResponse<String> late = officer.postJson("/api/v1/peer-challenges/" + id + "/team-proposal", "{\"onSiteStart\": \"2026-13-01\"}");
			assertThat(late.statusCode()).isEqualTo(400);
		}
	}
}
