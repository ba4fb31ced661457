package org.stocktake.performance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The performance and finance report")
class BoardReportTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	TestUser officer;

	@BeforeEach
	void setUp() {
		officer = new TestUsers(context).create(Role.OFFICER);
	}

	HttpResponse<byte[]> bytes(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + officer.token())
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	@DisplayName("is a tagged PDF (PDF/UA-1) in the seed's template with numbered paragraphs and the three annexes")
	void pdf() throws Exception {
		HttpResponse<byte[]> pdf = bytes("/api/v1/performance/reports/2015-16/Q2.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		Documents.assertPdfUa1(pdf.body());
		String text = Documents.pdfText(pdf.body()).replaceAll("\\s+", " ");
		assertThat(text).contains("Performance and Finance report", "Purpose", "Recommendation", "Background",
				"1. At previous Board meetings", "4. Of the 26 key targets, 15 are rated green and 11 amber.", "4.1. 31 peer challenges delivered",
				"show a projected underspend of £2,562k for the year", "5.1. Savings arising", "6. RSG programme spend", "Annex A", "Annex B",
				"Annex C", "Property Costs");
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/performance-report-2015-16-Q2.pdf"), pdf.body());
	}

	@Test
	@DisplayName("is a Word document clerks can edit, from the same model")
	void docx() throws Exception {
		HttpResponse<byte[]> docx = bytes("/api/v1/performance/reports/2015-16/Q2.docx");
		assertThat(docx.statusCode()).isEqualTo(200);
		String text = Documents.docxText(docx.body());
		assertThat(text).contains("Performance and Finance report", "4. Of the 26 key targets, 15 are rated green and 11 amber.",
				"Annex B", "Deliver at least 100 peer challenges", "31%", "Property Costs");
	}

	@Test
	@DisplayName("is a page for officers, with its downloads, and not for the public")
	void page() {
		Http http = new Http(port).as(officer.token());
		String page = http.get("/performance/reports/2015-16/Q2").body();
		assertThat(page).contains("Performance and Finance report", "Of the 26 key targets, 15 are rated green and 11 amber.", "Q2.pdf", "Q2.docx");
		assertThat(new Http(port).get("/api/v1/performance/reports/2015-16/Q2.pdf").statusCode()).isEqualTo(401);
	}
}
