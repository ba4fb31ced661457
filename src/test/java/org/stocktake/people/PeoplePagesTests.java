package org.stocktake.people;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.people.PeopleImportTests.enc;
import static org.stocktake.people.PeopleImportTests.json;

@StocktakeTest
@DisplayName("The directory's pages and API")
class PeoplePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Http officer;

	@BeforeEach
	void signIn() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
	}

	@Nested
	@DisplayName("listing people")
	class Listing {

		@Test
		@DisplayName("pages through the results as the contract shapes them")
		void paginates() {
			PeopleFile file = PeopleFile.aFile().councillor("a", "Ann", "E08000007").add().councillor("b", "Bob", "E08000007").add()
				.councillor("c", "Cy", "E08000007").add();
			assertThat(officer.postCsv("/api/v1/people/import", file.csv()).statusCode()).isEqualTo(200);
			JsonNode page = json(new Http(port).get("/api/v1/people?q=" + file.surname() + "&size=2&page=1"));
			assertThat(page.get("page").asInt()).isEqualTo(1);
			assertThat(page.get("size").asInt()).isEqualTo(2);
			assertThat(page.get("totalItems").asInt()).isEqualTo(3);
			assertThat(page.get("items")).hasSize(1);
			assertThat(page.get("items").get(0).get("name").asString()).isEqualTo(file.name("Cy"));
		}

		@Test
		@DisplayName("filters by authority, role held today and party")
		void filters() {
			PeopleFile file = PeopleFile.aFile().councillor("a", "Ann", "E08000007").party("LD").role("LEADER").add()
				.councillor("b", "Bob", "E08000007").party("Con").role("LEADER").to("2020-05-01").add()
				.councillor("c", "Cy", "E08000016").party("LD").role("LEADER").add();
			assertThat(officer.postCsv("/api/v1/people/import", file.csv()).statusCode()).isEqualTo(200);
			String base = "/api/v1/people?q=" + file.surname();
			assertThat(PeopleAccessTests.names(officer.get(base + "&authority=E08000007&role=leader"))).containsExactly(file.name("Ann"));
			assertThat(PeopleAccessTests.names(officer.get(base + "&party=Liberal_Democrat"))).containsExactly(file.name("Ann"), file.name("Cy"));
			assertThat(new Http(port).get("/people?q=" + file.surname() + "&authority=E08000016").body()).contains(file.name("Cy"))
				.doesNotContain(file.name("Ann"));
		}

		@Test
		@DisplayName("answers 400 naming the parameter for an unknown role, party, authority or page size")
		void badParameters() {
			for (String[] bad : new String[][] { { "role", "BISHOP" }, { "party", "whig" }, { "authority", "E99999999" }, { "authority", "nope" },
					{ "size", "1001" }, { "type", "alien" } }) {
				HttpResponse<String> response = new Http(port).get("/api/v1/people?" + bad[0] + "=" + bad[1]);
				assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
				assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
				assertThat(response.body()).contains("\"field\":\"" + bad[0] + "\"");
			}
		}

		@Test
		@DisplayName("answers 404 as a problem for a person who does not exist")
		void unknownPerson() {
			HttpResponse<String> response = new Http(port).get("/api/v1/people/987654321");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).contains("\"status\":404");
			assertThat(new Http(port).get("/people/987654321").statusCode()).isEqualTo(404);
		}

		@Test
		@DisplayName("downloads as CSV in the import's own layout, which imports again unchanged")
		void csvRoundTrip() {
			PeopleFile file = PeopleFile.aFile().councillor("a", "Ann", "E08000007").party("Lab").email("a@example.org").role("LEADER").from("2024-05-16").add()
				.councillor("a", "Ann", "E08000007").party("Lab").email("a@example.org").role("CABINET_MEMBER").title("Housing, planning").add()
				.associationOfficer("b", "Bob").add();
			assertThat(officer.postCsv("/api/v1/people/import", file.csv()).statusCode()).isEqualTo(200);
			HttpResponse<String> csv = officer.get("/people.csv?q=" + file.surname());
			assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
			assertThat(csv.body()).startsWith("\uFEFF" + PeopleFile.HEADER);
			JsonNode again = json(officer.postCsv("/api/v1/people/import", csv.body()));
			assertThat(again.get("unchanged").asInt()).isEqualTo(2);
			assertThat(again.get("inserted").asInt() + again.get("updated").asInt()).isZero();
		}

		@Test
		@DisplayName("renders the list for everyone, with no inline styles")
		void rendersTheList() {
			HttpResponse<String> page = new Http(port).get("/people");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">People</h1>", "href=\"/people\"").doesNotContain("style=");
		}
	}

	@Nested
	@DisplayName("the demonstration people")
	class DemonstrationPeople {

		@Test
		@DisplayName("are the association's Principal Advisers, each marked fictitious, found by region")
		void fictitiousAdvisers() {
			JsonNode adviser = PeopleImportTests.only(officer.get("/api/v1/people?role=PRINCIPAL_ADVISER&region=E12000002"));
			assertThat(adviser.get("fictitious").asBoolean()).isTrue();
			assertThat(adviser.get("type").asString()).isEqualTo("ASSOCIATION_OFFICER");
			String page = officer.get("/people/" + adviser.get("id").asLong()).body();
			assertThat(page).contains("id=\"fictitious\"", "Principal Adviser, North West");
			assertThat(officer.get("/people?type=ASSOCIATION_OFFICER").body()).contains("Fictitious");
		}
	}

	@Nested
	@DisplayName("the person form")
	class PersonForm {

		@Test
		@DisplayName("shows the GOV.UK error summary and inline errors, and saves nothing")
		void errors() {
			HttpResponse<String> response = form("/people/new", "name=&type=COUNCILLOR&authority=E99999999&party=&email=bad&phone=");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("govuk-error-summary", "Enter the person&#39;s name", "id=\"name-error\"",
					"Unknown authority code E99999999", "id=\"authority-error\"", "id=\"email-error\"");
		}

		@Test
		@DisplayName("creates a person, records it in the audit trail, and takes a role")
		void createsAndAudits() {
			String name = "Formperson " + java.util.UUID.randomUUID().toString().substring(0, 8);
			HttpResponse<String> created = form("/people/new", "name=" + enc(name) + "&type=OFFICER&authority=E08000007&party=&email=f%40example.org&phone=");
			assertThat(created.statusCode()).isEqualTo(302);
			String location = created.headers().firstValue("Location").orElseThrow();
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			String ref = json(officer.get("/api/v1/people/" + id)).get("ref").asString();
			assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'person' and entity_id = ? and action = 'CREATE'")
				.param(ref).query(Long.class).single()).isEqualTo(1);

			HttpResponse<String> badRole = form("/people/" + id + "/roles/new", "role=CHIEF_EXECUTIVE&title=&region=&startDate=2024-05-01&endDate=2023-01-01");
			assertThat(badRole.body()).contains("govuk-error-summary", "The end date must be the same as or after the start date", "id=\"endDate-error\"");

			assertThat(form("/people/" + id + "/roles/new", "role=CHIEF_EXECUTIVE&title=&region=&startDate=2024-05-01&endDate=").statusCode()).isEqualTo(302);
			assertThat(officer.get("/people/" + id).body()).contains("Chief executive");
			assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'person' and entity_id = ? and action = 'UPDATE'")
				.param(ref).query(Long.class).single()).isEqualTo(1);
		}

		@Test
		@DisplayName("is refused to a council's user")
		void refusedToCouncils() {
			Http council = new Http(port).as(new TestUsers(context).create(Role.COUNCIL).token());
			assertThat(council.get("/people/new").statusCode()).isEqualTo(403);
		}
	}

	@Nested
	@DisplayName("the import pages")
	class ImportPages {

		@Test
		@DisplayName("show the upload form with the header to use")
		void uploadForm() {
			HttpResponse<String> page = officer.get("/people/import");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(PeopleFile.HEADER);
		}
	}

	@Nested
	@DisplayName("importing through the pages")
	class ImportThroughPages {

		@Test
		@DisplayName("previews a valid file without writing, then imports it on confirmation")
		void previewThenConfirm() {
			PeopleFile file = PeopleFile.aFile().councillor("a", "Ann", "E08000007").role("LEADER").add();
			HttpResponse<String> preview = upload(file.csv());
			assertThat(preview.statusCode()).isEqualTo(200);
			assertThat(preview.body()).contains("Check the import before it is made");
			assertThat(PeopleImportTests.total(officer.get("/api/v1/people?q=" + enc(file.name("Ann"))))).isZero();

			java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"(/people/import/[0-9a-f-]{36})\"").matcher(preview.body());
			assertThat(action.find()).isTrue();
			HttpResponse<String> confirmed = officer.post(action.group(1), "application/x-www-form-urlencoded", new byte[0]);
			assertThat(confirmed.statusCode()).isEqualTo(302);
			assertThat(confirmed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/people/import/done"));
			assertThat(PeopleImportTests.total(officer.get("/api/v1/people?q=" + enc(file.name("Ann"))))).isEqualTo(1);
			assertThat(officer.get("/people/import/done").body()).contains("People imported");
		}

		@Test
		@DisplayName("lists every problem of a bad file by line, column and value")
		void listsProblems() {
			PeopleFile file = PeopleFile.aFile().councillor("a", "Ann", "E99999999").add();
			HttpResponse<String> preview = upload(file.csv());
			assertThat(preview.body()).contains("govuk-error-summary", "id=\"problems\"", "authority_gss_code", "E99999999",
					"Unknown authority code E99999999: no authority in the register has this GSS code");
		}

		HttpResponse<String> upload(String csv) {
			String boundary = "----people" + java.util.UUID.randomUUID();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
			return officer.post("/people/import", "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
		}
	}

	HttpResponse<String> form(String path, String body) {
		return officer.post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
	}
}
