package org.stocktake.platform.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.stocktake.platform.web.UnprocessableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file for import is read the same way whether it arrives as CSV or as an XLSX workbook. */
class CsvFileTests {

	@Test
	void readsAWorkbooksFirstSheetAsItsCsvExportWouldRead() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			row(sheet, 0, "Measure", "Area", "Period", "Value", "Status");
			row(sheet, 1, "recycling", "E08000007", "2023/24", 41.25, null);
			row(sheet, 3, "recycling", "E08000008", "2023/24", 1200.0, "provisional");
		});

		CsvFile file = CsvFile.parse(xlsx, Set.of("measure", "area", "value"));

		assertThat(file.header()).containsExactly("measure", "area", "period", "value", "status");
		assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(2, 4);
		assertThat(file.rows().get(0).get("value")).isEqualTo("41.25");
		assertThat(file.rows().get(0).isBlank("status")).isTrue();
		assertThat(file.rows().get(1).get("value")).isEqualTo("1200");
		assertThat(file.rows().get(1).get("status")).isEqualTo("provisional");
	}

	@Test
	void readsDatesInAWorkbookAsIsoDates() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			row(sheet, 0, "name", "opens");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("Spring round");
			CellStyle date = sheet.getWorkbook().createCellStyle();
			date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			row.createCell(1).setCellValue(LocalDate.of(2026, 3, 13));
			row.getCell(1).setCellStyle(date);
		});

		assertThat(CsvFile.parse(xlsx, Set.of("opens")).rows().get(0).get("opens")).isEqualTo("2026-03-13");
	}

	@Test
	void aWorkbookWithAMissingColumnIsRefusedAtItsHeader() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			row(sheet, 0, "measure", "period");
			row(sheet, 1, "recycling", "2023/24");
		});

		assertThatThrownBy(() -> CsvFile.parse(xlsx, Set.of("measure", "area")))
			.isInstanceOfSatisfying(UnprocessableException.class, ex -> assertThat(ex.errors())
				.anySatisfy(error -> assertThat(error.message()).isEqualTo("The header has no area column")));
	}

	@Test
	void aWorkbookRowWiderThanItsHeaderIsReportedOnItsOwnLine() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			row(sheet, 0, "measure", "area");
			row(sheet, 1, "recycling", "E08000007", "stray");
		});

		assertThatThrownBy(() -> CsvFile.parse(xlsx, Set.of("measure")))
			.isInstanceOfSatisfying(UnprocessableException.class, ex -> assertThat(ex.errors())
				.anySatisfy(error -> assertThat(error.row()).isEqualTo(2)));
	}

	@Test
	void aFileThatOnlyLooksLikeAWorkbookIsRefusedClearly() {
		byte[] broken = { 'P', 'K', 3, 4, 0, 0, 0 };

		assertThatThrownBy(() -> CsvFile.parse(broken, Set.of("measure")))
			.isInstanceOfSatisfying(UnprocessableException.class, ex -> assertThat(ex.errors())
				.anySatisfy(error -> assertThat(error.message()).startsWith("The file looks like an XLSX workbook but could not be read")));
	}

	@Test
	void csvIsStillReadWithItsLineNumbers() {
		byte[] csv = "\uFEFFmeasure,area\r\nrecycling,E08000007\r\n\r\nrecycling,E08000008\r\n".getBytes(StandardCharsets.UTF_8);

		assertThat(CsvFile.parse(csv, Set.of("measure")).rows()).extracting(CsvFile.Row::line).containsExactly(2, 4);
	}

	private interface SheetWriter {
		void write(Sheet sheet);
	}

	private static byte[] workbook(SheetWriter writer) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			writer.write(workbook.createSheet("data"));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number n) {
				row.createCell(i).setCellValue(n.doubleValue());
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}
}
