package org.stocktake.boards;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Documents;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The meeting pack")
class PackTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	BoardFixture f;

	@BeforeEach
	void fixture() {
		f = new BoardFixture(port, context);
	}

	/** Each page's text, first page first. */
	static List<String> pages(byte[] pdf) throws Exception {
		List<String> pages = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(stripper.getText(doc));
			}
		}
		return pages;
	}

	static String longBody(String word, int paragraphs) {
		StringBuilder body = new StringBuilder("## Background\n\n");
		for (int i = 0; i < paragraphs; i++) {
			body.append(("The " + word + " programme continues to support councils across the sector with advice and peer support. ").repeat(6))
				.append("\n\n");
		}
		return body.toString();
	}

	@Test
	@DisplayName("gives each report's page range in its agenda, and the ranges are the pages the reports are on when the PDF is read back")
	void pageRanges() throws Exception {
		long id = f.meeting("2027-02-01");
		String[] titles = { "Alpha " + f.marker, "Beta " + f.marker, "Gamma " + f.marker };
		f.item(id, "title", titles[0], "purpose", "FOR_DISCUSSION", "summary", "Short.", "body", longBody("alpha", 30));
		f.item(id, "title", "Hidden " + f.marker, "purpose", "FOR_DECISION", "exempt", "true", "exemptParagraph", "3", "body", longBody("hidden", 10));
		f.item(id, "title", titles[1], "purpose", "FOR_DISCUSSION", "summary", "Short.");
		f.item(id, "title", titles[2], "purpose", "FOR_DISCUSSION", "summary", "Short.", "body", longBody("gamma", 12));
		assertThat(f.clerk.postForm("/meetings/" + id + "/publish").statusCode()).isEqualTo(302);

		byte[] pdf = f.bytes("/meetings/" + id + "/pack.pdf", null).body();
		Documents.assertPdfUa1(pdf);
		List<String> pages = pages(pdf);
		String agenda = pages.get(0).replaceAll("\\s+", " ");
		assertThat(agenda).contains("Pages").doesNotContain("Hidden " + f.marker);
		int[] numbers = { 1, 3, 4 };
		int previousEnd = 1;
		for (int t = 0; t < titles.length; t++) {
			Matcher range = Pattern.compile(Pattern.quote(titles[t]) + " For discussion (\\d+)(?:–(\\d+))?").matcher(agenda);
			assertThat(range.find()).as("the agenda gives the pages of %s: %s", titles[t], agenda).isTrue();
			int first = Integer.parseInt(range.group(1));
			int last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
			String heading = numbers[t] + ". " + titles[t];
			assertThat(pages.get(first - 1)).as("%s starts on page %d", heading, first).contains(heading);
			for (int p = 1; p < first; p++) {
				assertThat(pages.get(p - 1)).as("%s is not before page %d", heading, first).doesNotContain(heading);
			}
			assertThat(first).isGreaterThan(previousEnd);
			previousEnd = last;
			if (t + 1 < titles.length) {
				assertThat(pages.get(last)).as("the next report starts after page %d", last).contains(numbers[t + 1] + ". " + titles[t + 1]);
			}
			else {
				assertThat(last).isEqualTo(pages.size());
			}
		}
		assertThat(pages.stream().filter(p -> p.contains("1. " + titles[0])).count()).isEqualTo(1);
		assertThat(previousEnd).as("the long reports run over several pages").isGreaterThan(4);
	}

	@Test
	@DisplayName("republished after a change keeps every earlier version, downloadable with what changed; a version holding an item later made exempt leaves public view")
	void versions() throws Exception {
		long id = f.meeting("2027-02-08");
		f.item(id, "title", "Versioned " + f.marker, "purpose", "FOR_DISCUSSION", "summary", "FIRST-" + f.marker);
		f.item(id, "title", "SECRET-" + f.marker, "purpose", "FOR_DECISION", "exempt", "true", "exemptParagraph", "1", "summary",
				"SECRET-" + f.marker);
		assertThat(f.clerk.postForm("/meetings/" + id + "/publish").statusCode()).isEqualTo(302);
		assertThat(f.http.get("/meetings/" + id).body()).contains("Published versions of the pack", "First publication.");
		HttpResponse<String> unchanged = f.clerk.postForm("/meetings/" + id + "/packs");
		assertThat(unchanged.body()).contains("Nothing in the public pack has changed since version 1");

		long itemId = jdbc.sql("select id from agenda_item where meeting_id = ? and position = 1").param(id).query(Long.class).single();
		assertThat(f.clerk.postForm("/meetings/" + id + "/items/" + itemId + "/edit", "title", "Versioned " + f.marker, "purpose", "FOR_DISCUSSION",
				"summary", "SECOND-" + f.marker).statusCode()).isEqualTo(302);
		assertThat(f.clerk.postForm("/meetings/" + id + "/packs").statusCode()).isEqualTo(302);
		assertThat(f.http.get("/meetings/" + id).body()).contains("Item 1 (Versioned " + f.marker + "): report changed.");

		String v1 = Documents.pdfText(f.bytes("/meetings/" + id + "/packs/1.pdf", null).body());
		String v2 = Documents.pdfText(f.bytes("/meetings/" + id + "/packs/2.pdf", null).body());
		assertThat(v1).contains("FIRST-" + f.marker).doesNotContain("SECOND-" + f.marker, "SECRET-" + f.marker);
		assertThat(v2).contains("SECOND-" + f.marker).doesNotContain("FIRST-" + f.marker, "SECRET-" + f.marker);
		assertThat(Documents.docxText(f.bytes("/meetings/" + id + "/packs/2.docx", null).body())).contains("SECOND-" + f.marker)
			.doesNotContain("SECRET-" + f.marker);
		assertThat(f.bytes("/meetings/" + id + "/packs/3.pdf", null).statusCode()).isEqualTo(404);

		assertThat(f.clerk.postForm("/meetings/" + id + "/items/" + itemId + "/edit", "title", "Versioned " + f.marker, "purpose", "FOR_DISCUSSION",
				"exempt", "true", "exemptParagraph", "3", "summary", "SECOND-" + f.marker).statusCode()).isEqualTo(302);
		assertThat(f.bytes("/meetings/" + id + "/packs/1.pdf", null).statusCode()).as("withdrawn from the public").isEqualTo(404);
		assertThat(f.bytes("/meetings/" + id + "/packs/2.pdf", null).statusCode()).isEqualTo(404);
		TestUser officer = f.users.create(Role.OFFICER);
		assertThat(f.bytes("/meetings/" + id + "/packs/2.pdf", officer).statusCode()).isEqualTo(200);
		assertThat(f.clerk.postForm("/meetings/" + id + "/packs").statusCode()).isEqualTo(302);
		String page = f.http.get("/meetings/" + id).body();
		assertThat(page).contains("Item 1 is now exempt and not for publication.").doesNotContain("Versioned " + f.marker, "FIRST-", "SECOND-");
	}
}
