package org.stocktake.register;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.support.Documents;
import org.stocktake.support.StocktakeTest;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("An authority's factsheet")
class AreaFactsheetTests {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("downloads as an accessible PDF with the authority's facts, groups and districts")
	void pdf() throws Exception {
		HttpResponse<byte[]> response = get("/areas/E10000016/factsheet.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				d -> assertThat(d).contains("attachment").contains("E10000016-factsheet.pdf"));
		Documents.assertPdfUa1(response.body());
		assertThat(Documents.pdfText(response.body())).contains("Kent County Council", "E10000016", "South East",
				"Districts in this county", "Maidstone", "Tunbridge Wells");
	}

	@Test
	@DisplayName("downloads as a Word document naming its combined authority")
	void docx() throws Exception {
		HttpResponse<byte[]> response = get("/areas/E08000016/factsheet.docx");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Documents.docxText(response.body())).contains("Barnsley", "E08000016", "Metropolitan district",
				"South Yorkshire");
	}

	@Test
	@DisplayName("is not found for a code the register does not know")
	void unknown() throws Exception {
		assertThat(get("/areas/E99999999/factsheet.pdf").statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
