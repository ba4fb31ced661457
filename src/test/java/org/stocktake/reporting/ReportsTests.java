package org.stocktake.reporting;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stocktake.reporting.Report.Column;
import org.stocktake.reporting.Report.Fact;
import org.stocktake.reporting.Reports.Format;
import org.stocktake.support.Documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A report")
class ReportsTests {

	private final Reports reports = new Reports();

	private final Report report = Report.titled("Revenue outturn & council tax <2023/24>")
		.subtitle("Barnsley compared with metropolitan districts")
		.author("Stocktake improvement team")
		.issued(LocalDate.of(2026, 11, 23))
		.heading("Summary")
		.paragraph("Band D council tax rose by £91.52 to £2,101.17 — \"the highest\" in the group.")
		.facts(List.of(new Fact("Authority", "Barnsley"), new Fact("Region", "Yorkshire and The Humber")))
		.bullets(List.of("First point", "Second point"))
		.heading("Figures")
		.subheading("Band D council tax")
		.table("Band D council tax by year", List.of(Column.text("Year"), Column.number("Band D (£)")),
				List.of(List.of("2022/23", "2,009.65"), List.of("2023/24", "2,101.17")))
		.build();

	@Nested
	@DisplayName("as PDF")
	class AsPdf {

		private final byte[] pdf = reports.render(report, Format.PDF);

		@Test
		@DisplayName("is tagged PDF/UA-1 according to veraPDF")
		void isPdfUa() {
			Documents.assertPdfUa1(pdf);
		}

		@Test
		@DisplayName("carries every word, figure and pound sign of the report, and its title")
		void carriesTheContent() {
			String text = Documents.pdfText(pdf);
			assertThat(text).contains("Revenue outturn & council tax <2023/24>", "Barnsley compared with metropolitan districts",
					"£2,101.17", "\"the highest\"", "Yorkshire and The Humber", "Second point", "Band D council tax by year", "2,009.65",
					"Page 1 of 1");
			assertThat(Documents.pdfTitle(pdf)).isEqualTo("Revenue outturn & council tax <2023/24>");
		}

		@Test
		@DisplayName("stays PDF/UA-1 when a long table runs over several pages")
		void longTablesStayAccessible() {
			List<List<String>> rows = java.util.stream.IntStream.range(0, 150)
				.mapToObj(i -> List.of("Authority " + i, String.valueOf(i * 3)))
				.toList();
			byte[] longPdf = reports.render(Report.titled("Long").issued(LocalDate.of(2026, 1, 1))
				.table("Many rows", List.of(Column.text("Name"), Column.number("Value")), rows)
				.build(), Format.PDF);
			Documents.assertPdfUa1(longPdf);
			assertThat(Documents.pdfText(longPdf)).contains("Authority 149", "Page 3 of");
		}
	}

	@Nested
	@DisplayName("as Word")
	class AsWord {

		private final byte[] docx = reports.render(report, Format.DOCX);

		@Test
		@DisplayName("uses real heading styles so the structure is navigable")
		void headingsAreStyled() {
			XWPFDocument doc = Documents.docx(docx);
			List<String> styled = doc.getParagraphs()
				.stream()
				.filter(p -> p.getStyle() != null)
				.map(p -> p.getStyle() + ":" + p.getText())
				.toList();
			assertThat(styled).contains("Title:Revenue outturn & council tax <2023/24>", "Heading1:Summary", "Heading1:Figures",
					"Heading2:Band D council tax", "Caption:Band D council tax by year");
			assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Revenue outturn & council tax <2023/24>");
		}

		@Test
		@DisplayName("repeats each table's header row and keeps every cell")
		void tablesRepeatTheirHeader() {
			XWPFDocument doc = Documents.docx(docx);
			var table = doc.getTables().get(0);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Band D (£)");
			assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("2,101.17");
			assertThat(Documents.docxText(docx)).contains("Authority: Barnsley", "• Second point");
			assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("Stocktake improvement team, 23 November 2026");
		}
	}

	@Test
	@DisplayName("refuses a table row whose cells do not match its columns")
	void refusesRaggedTables() {
		assertThatThrownBy(() -> Report.titled("x").table("t", List.of(Column.text("A")), List.of(List.of("1", "2"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Row has 2 cells for 1 columns");
	}
}
