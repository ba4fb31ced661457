package org.stocktake.people;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Importing people from CSV")
class PeopleImportTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http officer;

	@BeforeEach
	void signIn() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
	}

	record Problem(int row, String column, String value, String message) {
	}

	@Nested
	@DisplayName("a valid file")
	class ValidFile {

		PeopleFile file = PeopleFile.aFile()
			.councillor("leader", "Ann", "E08000007").party("Lab").email("ann@example.org").role("LEADER").from("2024-05-16").add()
			.councillor("leader", "Ann", "E08000007").party("Lab").email("ann@example.org").role("cabinet member").title("Finance, resources").from("2023-05-20").to("2024-05-15").add()
			.officer("dcs", "Bob", "e08000007").phone("0161 496 0000").role("Director of children's services").add()
			.associationOfficer("adviser", "Cat").role("PRINCIPAL_ADVISER").region("North West").from("2022-01-01").add();

		@Test
		@DisplayName("is imported, one person per person_ref with every role of their rows")
		void importsPeopleWithTheirRoles() {
			HttpResponse<String> response = officer.postCsv("/api/v1/people/import", file.csv());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(json(response).get("inserted").asInt()).isEqualTo(3);

			JsonNode ann = only(officer.get("/api/v1/people?q=" + enc(file.name("Ann"))));
			assertThat(ann.get("authorityGssCode").asString()).isEqualTo("E08000007");
			assertThat(ann.get("politicalGroup").asString()).isEqualTo("LABOUR");
			assertThat(ann.get("roles")).hasSize(2);
			assertThat(ann.get("roles").get(0).get("role").asString()).isEqualTo("LEADER");
			assertThat(ann.get("roles").get(0).get("current").asBoolean()).isTrue();
			assertThat(ann.get("roles").get(1).get("title").asString()).isEqualTo("Finance, resources");
			assertThat(ann.get("roles").get(1).get("current").asBoolean()).isFalse();

			JsonNode cat = only(officer.get("/api/v1/people?region=E12000002&q=" + enc(file.name("Cat"))));
			assertThat(cat.get("type").asString()).isEqualTo("ASSOCIATION_OFFICER");
			assertThat(cat.get("roles").get(0).get("regionName").asString()).isEqualTo("North West");
		}

		@Test
		@DisplayName("on a dry run reports what it would do and writes nothing")
		void dryRunWritesNothing() {
			HttpResponse<String> response = officer.postCsv("/api/v1/people/import?dryRun=true", file.csv());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(json(response).get("inserted").asInt()).isEqualTo(3);
			assertThat(total(officer.get("/api/v1/people?q=" + enc(file.name("Ann"))))).isZero();
		}

		@Test
		@DisplayName("imported again changes nothing; a changed role updates only that person")
		void reimportChangesNothing() {
			assertThat(officer.postCsv("/api/v1/people/import", file.csv()).statusCode()).isEqualTo(200);
			JsonNode again = json(officer.postCsv("/api/v1/people/import", file.csv()));
			assertThat(again.get("inserted").asInt()).isZero();
			assertThat(again.get("updated").asInt()).isZero();
			assertThat(again.get("unchanged").asInt()).isEqualTo(3);

			String changed = file.csv().replace("PRINCIPAL_ADVISER,,North West,2022-01-01,", "PRINCIPAL_ADVISER,,North West,2022-01-01,2025-03-31");
			JsonNode update = json(officer.postCsv("/api/v1/people/import", changed));
			assertThat(update.get("updated").asInt()).isEqualTo(1);
			assertThat(update.get("unchanged").asInt()).isEqualTo(2);
		}
	}

	static Stream<Arguments> badRows() {
		return Stream.of(
				bad("an unknown authority code", r -> r.replace("E08000007,Lab", "E99999999,Lab"), "authority_gss_code", "E99999999",
						"Unknown authority code E99999999: no authority in the register has this GSS code"),
				bad("an unknown role", r -> r.replace("DEPUTY_LEADER", "ARCHBISHOP"), "role", "ARCHBISHOP",
						"Unknown role; expected one of " + Arrays.toString(RoleType.values())),
				bad("a date that is not a date", r -> r.replace("2024-05-16", "2024-13-01"), "start_date", "2024-13-01",
						"Dates are written as YYYY-MM-DD, like 2023-04-01"),
				bad("an end before the start", r -> r + "2023-05-01", "end_date", "2023-05-01",
						"The end date 2023-05-01 is before the start date 2024-05-16"),
				bad("a bad email address", r -> r.replace("deputy@example.org", "deputy(at)example"), "email", "deputy(at)example",
						"Enter an email address in the correct format, like name@example.org"),
				bad("an unknown person type", r -> r.replace("COUNCILLOR", "MAYOR"), "person_type", "MAYOR",
						"Unknown person type; expected COUNCILLOR, OFFICER or ASSOCIATION_OFFICER"),
				bad("an unknown political group", r -> r.replace(",Lab,", ",Whig,"), "political_group", "Whig",
						"Unknown political group; expected one of " + Arrays.toString(Party.values()) + " or an abbreviation such as Con, Lab, LD"),
				bad("a councillor without an authority", r -> r.replace("E08000007,Lab", ",Lab"), "authority_gss_code", "",
						"Enter the GSS code of the person's authority, like E08000007"),
				bad("an unknown region", r -> r.replace("DEPUTY_LEADER,,", "DEPUTY_LEADER,,Narnia"), "region", "Narnia",
						"Unknown region; expected an English region or Wales, by name or ONS code (E12000001 to E12000009, W92000004)"));
	}

	static Arguments bad(String what, UnaryOperator<String> spoil, String column, String value, String message) {
		return Arguments.of(what, spoil, column, value, message);
	}

	@Nested
	@DisplayName("a file with a bad row")
	class BadRow {

		@ParameterizedTest(name = "{0} is reported with its line, column and value, and nothing is written")
		@MethodSource("org.stocktake.people.PeopleImportTests#badRows")
		void reportsTheRowAndWritesNothing(String what, UnaryOperator<String> spoil, String column, String value, String message) {
			PeopleFile file = PeopleFile.aFile().councillor("good", "Good", "E08000007").party("Lab").role("LEADER").add();
			String badRow = String.join(",", file.ref("bad"), file.name("Bad"), "COUNCILLOR", "E08000007", "Lab", "deputy@example.org", "",
					"false", "DEPUTY_LEADER", "", "", "2024-05-16", "");
			file.raw(spoil.apply(badRow));

			HttpResponse<String> response = officer.postCsv("/api/v1/people/import", file.csv());

			assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
			assertThat(problems(response)).containsExactly(new Problem(3, column, value, message));
			assertThat(total(officer.get("/api/v1/people?q=" + enc(file.name("Good"))))).isZero();
		}

		@Test
		@DisplayName("a duplicate row names the line it repeats")
		void duplicateRow() {
			PeopleFile file = PeopleFile.aFile()
				.councillor("a", "Dup", "E08000007").role("LEADER").from("2024-05-16").add()
				.councillor("a", "Dup", "E08000007").role("LEADER").from("2024-05-16").add();
			HttpResponse<String> response = officer.postCsv("/api/v1/people/import", file.csv());
			assertThat(response.statusCode()).isEqualTo(422);
			assertThat(problems(response)).containsExactly(new Problem(3, "role", "LEADER",
					"Duplicate row: person " + file.ref("a") + " has the same role from the same start date on line 2"));
		}

		@Test
		@DisplayName("rows of one person that disagree on the person's details are reported")
		void disagreeingRows() {
			PeopleFile file = PeopleFile.aFile()
				.councillor("a", "Same", "E08000007").party("Con").role("LEADER").add()
				.councillor("a", "Same", "E08000007").party("Lab").role("CABINET_MEMBER").add();
			HttpResponse<String> response = officer.postCsv("/api/v1/people/import", file.csv());
			assertThat(response.statusCode()).isEqualTo(422);
			assertThat(problems(response)).containsExactly(new Problem(3, "political_group", "LABOUR",
					"Person " + file.ref("a") + " has a different political_group on line 2 (CONSERVATIVE); every row of one person must agree"));
		}

		@Test
		@DisplayName("every bad row of a file is listed, not just the first")
		void everyBadRowIsListed() {
			PeopleFile file = PeopleFile.aFile()
				.councillor("a", "One", "E99999999").add()
				.councillor("b", "Two", "E08000007").email("nope").add()
				.councillor("c", "Three", "E08000007").role("LEADER").from("2024-02-30").add();
			HttpResponse<String> response = officer.postCsv("/api/v1/people/import", file.csv());
			assertThat(problems(response)).extracting(Problem::row, Problem::column)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "authority_gss_code"), org.assertj.core.groups.Tuple.tuple(3, "email"),
						org.assertj.core.groups.Tuple.tuple(4, "start_date"));
		}

		@Test
		@DisplayName("a header without person_ref is reported on line 1")
		void wrongHeader() {
			HttpResponse<String> response = officer.postCsv("/api/v1/people/import", "name,person_type\nAnn,COUNCILLOR\n");
			assertThat(response.statusCode()).isEqualTo(422);
			assertThat(problems(response)).containsExactly(new Problem(1, "person_ref", null, "The header has no person_ref column"));
		}
	}

	@Nested
	@DisplayName("who may import")
	class WhoMayImport {

		@Test
		@DisplayName("nobody signed out, nor a council's user")
		void onlyOfficers() {
			String csv = PeopleFile.aFile().councillor("a", "Who", "E08000007").add().csv();
			assertThat(new Http(port).postCsv("/api/v1/people/import", csv).statusCode()).isIn(401, 403);
			Http council = new Http(port).as(new TestUsers(context).create(Role.COUNCIL).token());
			assertThat(council.postCsv("/api/v1/people/import", csv).statusCode()).isEqualTo(403);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static long total(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response).get("totalItems").asLong();
	}

	static JsonNode only(HttpResponse<String> response) {
		assertThat(total(response)).as(response.body()).isEqualTo(1);
		return json(response).get("items").get(0);
	}

	static List<Problem> problems(HttpResponse<String> response) {
		List<Problem> list = new ArrayList<>();
		for (JsonNode e : json(response).get("errors")) {
			list.add(new Problem(e.get("row").asInt(), e.hasNonNull("column") ? e.get("column").asString() : null,
					e.hasNonNull("value") ? e.get("value").asString() : null, e.get("message").asString()));
		}
		return list;
	}

	static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
