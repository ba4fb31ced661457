package org.stocktake.data;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Documents;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Saved reports")
class SavedReportTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SavedReports reports;

	@Autowired
	Benchmarks benchmarks;

	@Autowired
	Measures measures;

	Http officer;

	@BeforeEach
	void officer() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
	}

	@Test
	@DisplayName("an officer saves a set of measures and a group; any council's report agrees with the comparison of each measure")
	void officerSavesAReport() {
		String name = "Waste " + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> refused = officer.postForm("/data/reports", "name", "", "group", "type");
		assertThat(refused.body()).contains("Enter a name for the report", "Choose at least one measure");
		assertThat(reports.all()).noneMatch(r -> r.name().equals(name));

		HttpResponse<String> saved = officer.postForm("/data/reports", "name", name, "group", "type", "measures", "household-recycling-rate",
				"measures", "oflog-recycling-contamination-rate", "measures", "oflog-residual-household-waste");
		assertThat(saved.statusCode()).isEqualTo(302);
		SavedReport report = reports.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();

		SavedReportView view = reports.render(report.id(), "E08000007", false);
		assertThat(view.rows()).hasSize(3);
		for (SavedReportView.Row row : view.rows()) {
			Benchmark b = benchmarks.compare(measures.get(row.measure(), false), row.period(), "E08000007", "type");
			assertThat(row.rank()).isEqualTo(b.rank());
			assertThat(row.percentile()).isEqualTo(b.percentile());
		}

		HttpResponse<String> page = new Http(port).get("/data/reports/" + report.id() + "?area=E08000007");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("spider-chart-data", "Stockport", "Percentile (100 = best)");
	}

	@Test
	@DisplayName("a report downloads as tagged PDF and as Word for anyone")
	void reportDownloads() throws Exception {
		SavedReport report = reports.all().stream().filter(r -> r.name().startsWith("Adult social care outcomes")).findFirst().orElseThrow();
		HttpClient client = HttpClient.newHttpClient();
		byte[] pdf = client.send(HttpRequest.newBuilder(URI.create(new Http(port).url("/data/reports/" + report.id() + "/E08000007.pdf"))).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body();
		Documents.assertPdfUa1(pdf);
		assertThat(Documents.pdfText(pdf)).contains("Stockport", "Percentile");
		byte[] docx = client.send(HttpRequest.newBuilder(URI.create(new Http(port).url("/data/reports/" + report.id() + "/E08000007.docx"))).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body();
		assertThat(Documents.docxText(docx)).contains("Stockport");
	}

	@Test
	@DisplayName("only officers create or delete reports")
	void onlyOfficersWrite() {
		Http council = new Http(port).as(new TestUsers(context).create(Role.COUNCIL).token());
		assertThat(council.postForm("/data/reports", "name", "Mine", "group", "type", "measures", "population").statusCode()).isEqualTo(403);
		assertThat(council.get("/data/reports/new").statusCode()).isEqualTo(403);
	}
}
