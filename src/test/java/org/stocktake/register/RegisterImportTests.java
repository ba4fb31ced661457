package org.stocktake.register;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing the register through {@code POST /api/v1/areas/import}: a malformed file is refused
 * with every problem named by row, column and value, and nothing at all is written.
 */
@StocktakeTest
@DisplayName("Register import")
class RegisterImportTests {

	static final String HEADER = "local-authority-code,official-name,nice-name,gss-code,local-authority-type,start-date,end-date,county-la,region,replaced-by";

	/** Stockport as the real register has it (columns as in HEADER). */
	static final String STOCKPORT = "SKP,Stockport Metropolitan Borough Council,Stockport,E08000007,MD,2005-05-27,,,North West,";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Http officer;

	long areasBefore;

	long auditBefore;

	@BeforeEach
	void setUp() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		areasBefore = areas();
		auditBefore = auditedAreaChanges();
	}

	record Problem(Integer row, String column, String value, String message) {
	}

	@Nested
	@DisplayName("a file with problems is refused, every problem is reported, and nothing is written")
	class Refused {

		@Test
		@DisplayName("a header without the required columns names each missing column on row 1")
		void wrongHeader() {
			List<Problem> problems = refused("code,name,type\nSKP,Stockport,MD\n");
			assertThat(problems).containsExactlyInAnyOrder(
					new Problem(1, "local-authority-code", null, "The header has no local-authority-code column"),
					new Problem(1, "official-name", null, "The header has no official-name column"),
					new Problem(1, "nice-name", null, "The header has no nice-name column"),
					new Problem(1, "gss-code", null, "The header has no gss-code column"),
					new Problem(1, "local-authority-type", null, "The header has no local-authority-type column"));
		}

		@Test
		@DisplayName("malformed GSS and local-authority codes are reported with their row and value")
		void badCodes() {
			List<Problem> problems = refused(HEADER + "\n" + STOCKPORT.replace("E08000007", "E0800007") + "\n"
					+ "S K P,Stockport Metropolitan Borough Council,Stockport,E08000007,MD,,,,North West,\n");
			assertThat(problems).containsExactly(
					new Problem(2, "gss-code", "E0800007", "A GSS code is a letter E, W, S or N followed by eight digits, like E07000223"),
					new Problem(3, "local-authority-code", "S K P", "The local-authority-code must be 2 to 12 letters or digits"));
		}

		@Test
		@DisplayName("an unknown authority type is reported")
		void unknownType() {
			List<Problem> problems = refused(HEADER + "\n" + STOCKPORT.replace(",MD,", ",PARISH,") + "\n");
			assertThat(problems).hasSize(1);
			assertThat(problems.get(0).row()).isEqualTo(2);
			assertThat(problems.get(0).column()).isEqualTo("local-authority-type");
			assertThat(problems.get(0).value()).isEqualTo("PARISH");
			assertThat(problems.get(0).message()).startsWith("Unknown authority type; expected one of CTY, NMD, UA, MD, LBO, CC, WPA, SRA, COMB");
		}

		@Test
		@DisplayName("a code used twice is reported on its second line, naming the first")
		void duplicateCodes() {
			List<Problem> problems = refused(HEADER + "\n" + STOCKPORT + "\n" + STOCKPORT + "\n");
			assertThat(problems).containsExactly(
					new Problem(3, "local-authority-code", "SKP", "Duplicate local-authority-code: SKP is also on line 2"),
					new Problem(3, "gss-code", "E08000007", "Duplicate GSS code: E08000007 is also on line 2"));
		}

		@Test
		@DisplayName("a parent county that is neither in the file nor in the register is reported")
		void parentNotFound() {
			List<Problem> problems = refused(HEADER + "\n" + STOCKPORT.replace(",,,North West,", ",,XYZ,North West,") + "\n");
			assertThat(problems).containsExactly(
					new Problem(2, "county-la", "XYZ", "Parent authority XYZ not found in the file or the register"));
		}

		@Test
		@DisplayName("an end date before the start date is reported")
		void endBeforeStart() {
			List<Problem> problems = refused(HEADER + "\n" + STOCKPORT.replace("2005-05-27,,", "2005-05-27,2001-04-01,") + "\n");
			assertThat(problems).containsExactly(
					new Problem(2, "end-date", "2001-04-01", "The end date 2001-04-01 is before the start date 2005-05-27"));
		}

		@Test
		@DisplayName("every bad row of a file is listed, not just the first")
		void everyBadRow() {
			List<Problem> problems = refused(HEADER + "\n" + STOCKPORT.replace(",MD,", ",PARISH,") + "\n"
					+ STOCKPORT.replace("SKP,", "SK2,").replace("E08000007", "bad") + "\n"
					+ STOCKPORT.replace("SKP,", "SK3,").replace("E08000007", "E08000099").replace("2005-05-27", "27/05/2005") + "\n");
			assertThat(problems).extracting(Problem::row).containsExactly(2, 3, 4);
			assertThat(problems.get(2)).isEqualTo(new Problem(4, "start-date", "27/05/2005", "Dates are written as YYYY-MM-DD, like 2023-04-01"));
		}

		@Test
		@DisplayName("an empty file is refused as empty")
		void emptyFile() {
			assertThat(refused("")).containsExactly(new Problem(1, null, null, "The file is empty: it has no header and no rows"));
		}

		@Test
		@DisplayName("a header with no rows is refused")
		void headerOnly() {
			assertThat(refused(HEADER + "\n")).containsExactly(new Problem(2, null, null, "The file has a header but no rows"));
		}

		@Test
		@DisplayName("a file that is not UTF-8 (Windows-1252 bytes) is refused, naming the line and the byte")
		void wrongEncoding() {
			byte[] file = (HEADER + "\n" + STOCKPORT.replace("Stockport Metropolitan", "Stockport Métropolitan") + "\n")
				.getBytes(java.nio.charset.Charset.forName("windows-1252"));
			assertThat(refused(file)).containsExactly(new Problem(2, null, null,
					"The file is not UTF-8: line 2 has the byte 0xE9, which UTF-8 does not allow here. Save the file as \"CSV UTF-8\" and try again"));
		}

		@Test
		@DisplayName("a row with the wrong number of fields is reported")
		void wrongFieldCount() {
			assertThat(refused(HEADER + "\nSKP,Stockport\n"))
				.containsExactly(new Problem(2, null, null, "Expected 10 fields as in the header but found 2"));
		}
	}

	@Nested
	@DisplayName("well-formed files are accepted in any of the encodings the contract allows")
	class Accepted {

		@Test
		@DisplayName("a UTF-8 byte-order mark is accepted")
		void byteOrderMark() {
			byte[] body = ("\uFEFF" + HEADER + "\n" + STOCKPORT + "\n").getBytes(StandardCharsets.UTF_8);
			assertAcceptedAsOneRow(officer.post("/api/v1/areas/import?dryRun=true", "text/csv", body));
		}

		@Test
		@DisplayName("CRLF line endings are accepted, and problems still carry the right line numbers")
		void crlf() {
			assertAcceptedAsOneRow(officer.postCsv("/api/v1/areas/import?dryRun=true", HEADER + "\r\n" + STOCKPORT + "\r\n"));
			List<Problem> problems = refused(HEADER + "\r\n" + STOCKPORT + "\r\n" + STOCKPORT.replace("SKP,", "SK2,").replace("E08000007", "bad") + "\r\n");
			assertThat(problems).extracting(Problem::row).containsOnly(3);
		}

		@Test
		@DisplayName("re-importing the real register changes nothing")
		void reimportChangesNothing() throws IOException {
			byte[] real = new ClassPathResource("demo/register/uk_local_authorities_current.csv").getContentAsByteArray();
			HttpResponse<String> response = officer.post("/api/v1/areas/import", "text/csv", real);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode result = json(response.body());
			assertThat(result.get("inserted").asInt()).isZero();
			assertThat(result.get("updated").asInt()).isZero();
			assertThat(result.get("skipped").asInt()).isEqualTo(68);
			assertThat(result.get("unchanged").asInt()).isEqualTo(402);
			assertNothingWritten();
		}

		private void assertAcceptedAsOneRow(HttpResponse<String> response) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode result = json(response.body());
			assertThat(result.get("inserted").asInt() + result.get("updated").asInt() + result.get("unchanged").asInt()).isEqualTo(1);
			assertNothingWritten();
		}
	}

	List<Problem> refused(String csv) {
		return refused(csv.getBytes(StandardCharsets.UTF_8));
	}

	/** Posts the file for real (not a dry run), expects 422 and that nothing was written, and returns the problems. */
	List<Problem> refused(byte[] csv) {
		HttpResponse<String> response = officer.post("/api/v1/areas/import", "text/csv", csv);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = json(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		List<Problem> problems = new ArrayList<>();
		for (JsonNode e : problem.get("errors")) {
			problems.add(new Problem(e.hasNonNull("row") ? e.get("row").asInt() : null, text(e, "column"), text(e, "value"), text(e, "message")));
		}
		assertNothingWritten();
		return problems;
	}

	void assertNothingWritten() {
		assertThat(areas()).as("areas in the register").isEqualTo(areasBefore);
		assertThat(auditedAreaChanges()).as("audited changes to areas").isEqualTo(auditBefore);
	}

	long areas() {
		return jdbc.sql("select count(*) from area").query(Long.class).single();
	}

	long auditedAreaChanges() {
		return jdbc.sql("select count(*) from audit_event where entity_type = 'area'").query(Long.class).single();
	}

	static JsonNode json(String body) {
		return JsonMapper.builder().build().readTree(body);
	}

	static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : null;
	}
}
