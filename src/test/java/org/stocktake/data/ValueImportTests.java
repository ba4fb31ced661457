package org.stocktake.data;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Importing values")
class ValueImportTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Http officer;

	String measure;

	@BeforeEach
	void officerWithAFreshMeasure() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		measure = "test-rate-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = officer.postJson("/api/v1/measures", """
				{"id": "%s", "title": "A test rate", "unit": "percentage", "polarity": "HIGHER_IS_BETTER", "periodicity": "financial_year",
				 "decimalPlaces": 1, "minValue": 0, "maxValue": 100, "themes": ["testing"]}
				""".formatted(measure));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	String file(String... rows) {
		return "measure,area,period,value,status\n" + String.join("\n", rows).replace("M,", measure + ",") + "\n";
	}

	@Nested
	@DisplayName("a good file")
	class GoodFile {

		@Test
		@DisplayName("a dry run counts what would happen and writes nothing")
		void dryRun() {
			HttpResponse<String> response = officer.postCsv("/api/v1/values/import?dryRun=true", file("M,E08000007,2015/16,40.5,", "M,E08000006,2015-16,38,"));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("\"inserted\":2", "\"updated\":0", "\"unchanged\":0", "\"skipped\":0", "\"warnings\":[]");
			assertThat(count()).isZero();
		}

		@Test
		@DisplayName("is written, re-importing it changes nothing, and a changed value keeps a revision")
		void importsReimportsAndRevises() {
			String first = file("M,E08000007,2015/16,40.5,", "M,E08000006,2015/16,38,provisional", "M,E08000003,2015/16,..,");
			assertThat(officer.postCsv("/api/v1/values/import", first).body()).contains("\"inserted\":3", "\"updated\":0");
			assertThat(officer.postCsv("/api/v1/values/import", first).body()).contains("\"inserted\":0", "\"updated\":0", "\"unchanged\":3");
			assertThat(revisions()).isZero();

			String second = file("M,E08000007,2015/16,41.0,revised", "M,E08000006,2015/16,38,provisional", "M,E08000003,2015/16,..,");
			assertThat(officer.postCsv("/api/v1/values/import?filename=second.csv", second).body()).contains("\"inserted\":0", "\"updated\":1",
					"\"unchanged\":2");
			var revision = jdbc.sql("select old_value, old_status, new_value, new_status, changed_by, i.filename from data_value_revision r "
					+ "join value_import i on i.id = r.import_id where measure_id = ?").param(measure).query().listOfRows();
			assertThat(revision).hasSize(1);
			assertThat(revision.get(0)).containsEntry("old_status", "published").containsEntry("new_status", "revised")
				.containsEntry("filename", "second.csv");
			assertThat(revision.get(0).get("changed_by").toString()).startsWith("officer-");
		}

		@Test
		@DisplayName("keeps a suppressed value's marker and never stores it as zero")
		void keepsMarkers() {
			officer.postCsv("/api/v1/values/import", file("M,E08000007,2015/16,[c],", "M,E08000006,2015/16,,missing"));
			var rows = jdbc.sql("select area_gss, value, status, marker from data_value where measure_id = ? order by area_gss").param(measure)
				.query().listOfRows();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0)).containsEntry("status", "missing").containsEntry("marker", "").containsEntry("value", null);
			assertThat(rows.get(1)).containsEntry("status", "suppressed").containsEntry("marker", "[c]").containsEntry("value", null);
			String csv = new Http(port).get("/api/v1/values?measure=" + measure + "&format=csv").body();
			assertThat(csv).contains(measure + ",E08000007,2015/16,[c],suppressed").doesNotContain(",0,");
		}

		@Test
		@DisplayName("resolves a former GSS code to its authority")
		void formerCode() {
			// Northumberland's GSS code was E06000048 until 2009
			assertThat(officer.postCsv("/api/v1/values/import", file("M,E06000048,2015/16,30,")).statusCode()).isEqualTo(200);
			assertThat(jdbc.sql("select area_gss from data_value where measure_id = ?").param(measure).query(String.class).single())
				.isEqualTo("E06000057");
		}
	}

	@Nested
	@DisplayName("a file with bad rows")
	class BadFile {

		@Test
		@DisplayName("is refused with 422 listing every bad row by line, and nothing is written")
		void listsEveryBadRow() {
			HttpResponse<String> response = officer.postCsv("/api/v1/values/import", file(
					"M,E08000007,2015/16,40,", // 2: good
					"no-such-measure,E08000007,2015/16,40,", // 3
					"M,E0800007,2015/16,40,", // 4: typo in the code
					"M,E08000006,2015,40,", // 5: calendar year for a financial-year measure
					"M,E08000007,2015/16,41,", // 6: duplicate of line 2
					"M,E08000005,2015/16,forty,", // 7
					"M,E08000004,2015/16,140,", // 8: above the maximum
					"M,E08000003,2015/16,12,bogus")); // 9
			assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			String body = response.body();
			assertThat(body).contains("\"row\":3", "\"row\":4", "\"row\":5", "\"row\":6", "\"row\":7", "\"row\":8", "\"row\":9")
				.doesNotContain("\"row\":2,");
			assertThat(body).contains("There is no measure no-such-measure", "E08000007 (Stockport)", "write it like 2015/16",
					"Duplicate of line 2", "\\\"forty\\\" is not a number", "outside the range", "\\\"bogus\\\" is not a status");
			assertThat(count()).isZero();
		}

		@Test
		@DisplayName("with a missing column is refused at the header")
		void missingColumn() {
			HttpResponse<String> response = officer.postCsv("/api/v1/values/import", "measure,area,value\n" + measure + ",E08000007,1\n");
			assertThat(response.statusCode()).isEqualTo(422);
			assertThat(response.body()).contains("\"row\":1", "The header has no period column");
		}
	}

	@Nested
	@DisplayName("access")
	class Access {

		@Test
		@DisplayName("anonymous visitors and council users cannot import")
		void onlyOfficers() {
			assertThat(new Http(port).postCsv("/api/v1/values/import", file("M,E08000007,2015/16,40,")).statusCode()).isIn(401, 403);
			String council = new TestUsers(context).create(Role.COUNCIL).token();
			assertThat(new Http(port).as(council).postCsv("/api/v1/values/import", file("M,E08000007,2015/16,40,")).statusCode()).isEqualTo(403);
		}
	}

	long count() {
		return jdbc.sql("select count(*) from data_value where measure_id = ?").param(measure).query(Long.class).single();
	}

	long revisions() {
		return jdbc.sql("select count(*) from data_value_revision where measure_id = ?").param(measure).query(Long.class).single();
	}
}
