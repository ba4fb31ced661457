package org.stocktake.people;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.people.PeopleImportTests.json;

/**
 * Personal data is shown only to those who need it: anyone sees councillors' public roles; a council's
 * user also sees its own authority's people and their contact details; officers and admins see all.
 */
@StocktakeTest
@DisplayName("Who sees whom in the directory")
class PeopleAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	PeopleFile file;
	Http anonymous;
	long stockportCouncillor;
	long stockportOfficer;
	long barnsleyCouncillor;
	long barnsleyOfficer;

	@BeforeEach
	void directory() {
		file = PeopleFile.aFile()
			.councillor("sc", "Sally", "E08000007").party("LD").email("sally@example.org").phone("0161 496 0001").role("LEADER").add()
			.officer("so", "Sam", "E08000007").email("sam@example.org").role("CHIEF_EXECUTIVE").add()
			.councillor("bc", "Bea", "E08000016").party("Lab").email("bea@example.org").role("LEADER").add()
			.officer("bo", "Ben", "E08000016").email("ben@example.org").role("DIRECTOR_OF_CHILDRENS_SERVICES").add();
		Http officer = as(Role.OFFICER);
		assertThat(officer.postCsv("/api/v1/people/import", file.csv()).statusCode()).isEqualTo(200);
		stockportCouncillor = id(officer, "Sally");
		stockportOfficer = id(officer, "Sam");
		barnsleyCouncillor = id(officer, "Bea");
		barnsleyOfficer = id(officer, "Ben");
		anonymous = new Http(port);
	}

	@Nested
	@DisplayName("the public")
	class ThePublic {

		@Test
		@DisplayName("sees councillors' names, authorities, parties and roles, but no contact details and no officers")
		void seesPublicRolesOnly() {
			HttpResponse<String> list = anonymous.get("/api/v1/people?q=" + file.surname());
			assertThat(names(list)).containsExactlyInAnyOrder(file.name("Sally"), file.name("Bea"));
			assertThat(list.body()).doesNotContain("\"email\"", "\"phone\"", "example.org", "0161 496 0001")
				.contains("\"politicalGroup\":\"LIBERAL_DEMOCRAT\"", "\"role\":\"LEADER\"");
			assertThat(anonymous.get("/api/v1/people/" + stockportCouncillor).body()).doesNotContain("sally@example.org");
			assertThat(anonymous.get("/api/v1/people/" + stockportOfficer).statusCode()).isEqualTo(404);
		}

		@Test
		@DisplayName("sees the same on the pages and in the CSV download")
		void pagesAndCsv() {
			String page = anonymous.get("/people/" + stockportCouncillor).body();
			assertThat(page).contains(file.name("Sally"), "id=\"contact-hidden\"").doesNotContain("sally@example.org", "0161 496 0001");
			assertThat(anonymous.get("/people/" + stockportOfficer).statusCode()).isEqualTo(404);
			assertThat(anonymous.get("/people?q=" + file.surname()).body()).contains(file.name("Sally")).doesNotContain(file.name("Sam"));
			String csv = anonymous.get("/people.csv?q=" + file.surname()).body();
			assertThat(csv).contains(file.name("Sally")).doesNotContain("sally@example.org", file.name("Sam"), file.name("Ben"));
		}

		@Test
		@DisplayName("a board member signed in sees no more than the public")
		void memberSeesPublicOnly() {
			HttpResponse<String> list = as(Role.MEMBER).get("/api/v1/people?q=" + file.surname());
			assertThat(names(list)).containsExactlyInAnyOrder(file.name("Sally"), file.name("Bea"));
			assertThat(list.body()).doesNotContain("example.org");
		}
	}

	@Nested
	@DisplayName("a council's user")
	class ACouncilUser {

		@Test
		@DisplayName("sees its own authority's people with contact details, and other councils' councillors without")
		void seesOwnAuthority() {
			Http stockport = new Http(port).as(new TestUsers(context).create(Role.COUNCIL, "E08000007").token());
			HttpResponse<String> list = stockport.get("/api/v1/people?q=" + file.surname());
			assertThat(names(list)).containsExactlyInAnyOrder(file.name("Sally"), file.name("Sam"), file.name("Bea"));
			assertThat(list.body()).contains("sally@example.org", "sam@example.org").doesNotContain("bea@example.org", "ben@example.org");
			assertThat(stockport.get("/api/v1/people/" + stockportOfficer).body()).contains("sam@example.org");
			assertThat(stockport.get("/api/v1/people/" + barnsleyOfficer).statusCode()).isEqualTo(404);
			assertThat(stockport.get("/people/" + barnsleyCouncillor).body()).doesNotContain("bea@example.org");
			assertThat(stockport.get("/people/" + stockportOfficer).body()).contains("sam@example.org");
		}
	}

	@Nested
	@DisplayName("a council's user tied to its authority's former code")
	class AFormerCode {

		@Test
		@DisplayName("still sees its own authority's officers")
		void formerCodeFindsOwnPeople() {
			PeopleFile north = PeopleFile.aFile().officer("n", "Nell", "E06000057").email("nell@example.org").add();
			assertThat(as(Role.OFFICER).postCsv("/api/v1/people/import", north.csv()).statusCode()).isEqualTo(200);
			Http northumberland = new Http(port).as(new TestUsers(context).create(Role.COUNCIL, "E06000048").token());
			HttpResponse<String> list = northumberland.get("/api/v1/people?q=" + north.surname());
			assertThat(names(list)).containsExactly(north.name("Nell"));
			assertThat(list.body()).contains("nell@example.org");
		}
	}

	@Nested
	@DisplayName("an officer or admin")
	class AnOfficer {

		@Test
		@DisplayName("sees everyone with contact details")
		void seesEveryone() {
			for (Role role : List.of(Role.OFFICER, Role.ADMIN)) {
				HttpResponse<String> list = as(role).get("/api/v1/people?q=" + file.surname());
				assertThat(names(list)).hasSize(4);
				assertThat(list.body()).contains("sally@example.org", "0161 496 0001", "ben@example.org");
				assertThat(as(role).get("/people/" + barnsleyOfficer).body()).contains("ben@example.org");
			}
		}
	}

	Http as(Role role) {
		return new Http(port).as(new TestUsers(context).create(role).token());
	}

	long id(Http http, String given) {
		return PeopleImportTests.only(http.get("/api/v1/people?q=" + PeopleImportTests.enc(file.name(given)))).get("id").asLong();
	}

	static List<String> names(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		for (JsonNode item : json(response).get("items")) {
			names.add(item.get("name").asString());
		}
		return names;
	}
}
