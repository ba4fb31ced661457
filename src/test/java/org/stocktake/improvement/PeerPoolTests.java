package org.stocktake.improvement;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
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
@DisplayName("The peer pool")
class PeerPoolTests {

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

	JsonNode peer(String skillFilter, String ref) {
		return json(officer.get("/api/v1/peers?size=1000" + (skillFilter == null ? "" : "&skill=" + skillFilter))).get("items").valueStream()
			.filter(p -> p.get("name").asString().contains(ref))
			.findFirst()
			.orElse(null);
	}

	@Test
	@DisplayName("holds people from the directory with skills, accreditation, conflicts and blocked dates; saving again replaces the record")
	void addAndReplace() {
		Peers peers = new Peers(officer, PEERS_FROM, HOST);
		HttpResponse<String> added = officer.postJson("/api/v1/peers", """
				{"person": "%s", "skills": ["financial-planning-and-viability", "governance-and-decision-making"], "specialism": "Section 151",
				 "accreditationExpires": "2027-03-31", "conflicts": ["E08000006"], "unavailable": [{"from": "2026-12-21", "to": "2027-01-01"}], "tags": ["Devolution", " rural "]}
				""".formatted(peers.officer));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		JsonNode held = peer("governance-and-decision-making", peers.prefix);
		assertThat(held.get("skills").toString()).contains("financial-planning-and-viability", "governance-and-decision-making");
		assertThat(held.get("conflicts").toString()).contains("E08000006");
		assertThat(held.get("unavailable").get(0).get("from").asString()).isEqualTo("2026-12-21");
		assertThat(held.get("authorityGssCode").asString()).isEqualTo(PEERS_FROM);
		assertThat(held.get("tags").toString()).isEqualTo("[\"devolution\",\"rural\"]");
		assertThat(peer("libraries", peers.prefix)).isNull();

		HttpResponse<String> replaced = officer.postJson("/api/v1/peers", "{\"person\": \"%s\", \"skills\": [\"libraries\"]}".formatted(peers.officer));
		assertThat(replaced.statusCode()).isEqualTo(200);
		assertThat(peer("libraries", peers.prefix).get("conflicts").size()).isZero();
		assertThat(peer("governance-and-decision-making", peers.prefix)).isNull();
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select action from audit_event where entity_type = 'peer' and entity_id = :id order by id")
			.param("id", held.get("personId").asString()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
	}

	@Test
	@DisplayName("refuses, field by field, an unknown person, skill or authority, a blocked period that ends first, and the association's own officers")
	void validation() {
		HttpResponse<String> wrong = officer.postJson("/api/v1/peers", """
				{"person": "nobody-at-all", "skills": ["juggling"], "conflicts": ["E99999999"], "unavailable": [{"from": "2026-05-02", "to": "2026-05-01"}]}
				""");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("No one in the directory has the number or reference nobody-at-all", "There is no skill juggling",
				"No authority in the register has the GSS code E99999999", "A blocked period must end on or after its start");
		String associationOfficer = context.getBean(JdbcClient.class)
			.sql("select ref from person where person_type = 'ASSOCIATION_OFFICER' order by id limit 1").query(String.class).single();
		assertThat(officer.postJson("/api/v1/peers", "{\"person\": \"" + associationOfficer + "\"}").body())
			.contains("is one of the association's officers, not a peer from the sector");
	}

	@Test
	@DisplayName("counts the peer days each peer gave on site, and keeps a peer with a declared conflict off that authority's team")
	void peerDaysAndConflicts() {
		Peers peers = new Peers(officer, PEERS_FROM, HOST);
		assertThat(officer.postJson("/api/v1/peers", "{\"person\": \"%s\"}".formatted(peers.officer)).statusCode()).isEqualTo(201);
		assertThat(officer.postJson("/api/v1/peers", "{\"person\": \"%s\", \"conflicts\": [\"%s\"]}".formatted(peers.councillor, HOST))
			.statusCode()).isEqualTo(201);

		PeerChallengeTests.Client client = new PeerChallengeTests.Client(officer);
		long id = client.request(HOST, "corporate-peer-challenge");
		client.moved(id, "{\"to\": \"SCOPING\", \"on\": \"2024-01-15\"}");
		HttpResponse<String> conflicted = client.move(id, "{\"to\": \"TEAM_CONFIRMED\", \"on\": \"2024-02-01\", \"leadMemberPeer\": \"%s\"}"
			.formatted(peers.councillor));
		assertThat(conflicted.body()).contains("has declared a conflict of interest with Stockport");
		client.moved(id, "{\"to\": \"TEAM_CONFIRMED\", \"on\": \"2024-02-01\", \"leadOfficerPeer\": \"%s\"}".formatted(peers.officer));
		client.moved(id, "{\"to\": \"POSITION_STATEMENT_RECEIVED\", \"on\": \"2024-03-01\"}");
		client.moved(id, "{\"to\": \"ON_SITE\", \"onSiteStart\": \"2024-03-08\", \"onSiteEnd\": \"2024-03-13\"}");

		JsonNode given = peer(null, "Testpeer Officer " + peers.prefix);
		assertThat(given.get("peerDays").asInt()).as("Friday to Wednesday: four weekdays").isEqualTo(4);
		assertThat(given.get("lastOnSite").asString()).isEqualTo("2024-03-08");
		assertThat(peer(null, "Cllr Testpeer " + peers.prefix).get("peerDays").asInt()).isZero();
	}

	@Test
	@DisplayName("is for officers only")
	void access() {
		TestUsers users = new TestUsers(context);
		assertThat(http.get("/api/v1/peers").statusCode()).isEqualTo(401);
		assertThat(http.as(users.create(Role.COUNCIL, HOST).token()).get("/api/v1/peers").statusCode()).isEqualTo(403);
		assertThat(http.as(users.create(Role.COUNCIL, HOST).token()).postJson("/api/v1/peers", "{}").statusCode()).isEqualTo(403);
		assertThat(officer.get("/api/v1/peers/skills").body()).contains("Financial planning and viability", "Fire and rescue");
		assertThat(officer.get("/api/v1/peers?skill=juggling").statusCode()).isEqualTo(400);
	}
}
