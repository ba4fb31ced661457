package org.stocktake.data;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The value upload page")
class ValueUploadPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Http officer;

	String measure;

	@BeforeEach
	void officerAndMeasure() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		measure = "upload-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(officer.postJson("/api/v1/measures", """
				{"id": "%s", "title": "Upload test", "unit": "COUNT", "polarity": "NEUTRAL", "periodicity": "CALENDAR_YEAR"}
				""".formatted(measure)).statusCode()).isEqualTo(201);
	}

	HttpResponse<String> upload(String csv) {
		String boundary = "----stocktake" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return officer.post("/data/import", "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	@DisplayName("previews a good file, writes nothing until confirmed, then imports it and lists it in the history")
	void previewThenConfirm() {
		HttpResponse<String> preview = upload("measure,area,period,value\n" + measure + ",E08000007,2020,12\n");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Check the import", "values.csv");
		assertThat(count()).isZero();
		String action = preview.body().replaceAll("(?s).*action=\"(/data/import/[0-9a-f-]{36})\".*", "$1");
		HttpResponse<String> confirmed = officer.send("POST", action, null, null);
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(confirmed.headers().firstValue("Location").orElse("")).endsWith("/data/import/done");
		assertThat(count()).isEqualTo(1);
		assertThat(officer.get("/data/import").body()).contains("Recent imports", "values.csv");
	}

	@Test
	@DisplayName("shows every bad row of a bad file and imports nothing")
	void badFile() {
		HttpResponse<String> preview = upload("measure,area,period,value\n" + measure + ",E0800007,2020,12\n" + measure + ",E08000006,2020/21,x1\n");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("The file values.csv cannot be imported", "E08000007 (Stockport)", "2020/21");
		assertThat(count()).isZero();
	}

	@Test
	@DisplayName("asks for a file when none is chosen, with an error summary")
	void noFile() {
		String boundary = "----stocktake";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = officer.post("/data/import", "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
		assertThat(response.body()).contains("govuk-error-summary", "Select a CSV file to import");
	}

	@Test
	@DisplayName("is for officers only")
	void officersOnly() {
		Http council = new Http(port).as(new TestUsers(context).create(Role.COUNCIL).token());
		assertThat(council.get("/data/import").statusCode()).isEqualTo(403);
		assertThat(new Http(port).get("/data/import").statusCode()).isEqualTo(302);
	}

	long count() {
		return jdbc.sql("select count(*) from data_value where measure_id = ?").param(measure).query(Long.class).single();
	}
}
