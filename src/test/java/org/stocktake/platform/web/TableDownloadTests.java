package org.stocktake.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One table, two downloads: the same rows as CSV and as a workbook whose numbers are numbers. */
class TableDownloadTests {

	private static final List<String> HEADER = List.of("area", "value");

	private static final TableDownload.Rows ROWS = sink -> {
		sink.row(List.of("Sunderland", new BigDecimal("41.25")));
		sink.row(Arrays.asList("Newcastle upon Tyne", null));
	};

	@Test
	void csvHasAByteOrderMarkAndLeavesAMissingValueEmpty() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();

		TableDownload.write(response, TableDownload.Format.CSV, "recycling", HEADER, ROWS);

		assertThat(response.getHeader("Content-Disposition")).contains("recycling.csv");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFarea,value\r\nSunderland,41.25\r\nNewcastle upon Tyne,\r\n");
	}

	@Test
	void xlsxHoldsNumbersAsNumbersAndAMissingValueAsAnEmptyCell() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();

		TableDownload.write(response, TableDownload.Format.XLSX, "recycling", HEADER, ROWS);

		assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition")).contains("recycling.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("value");
			assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(41.25);
			assertThat(sheet.getRow(2).getCell(1)).isNull();
		}
	}

	@Test
	void anUnknownFormatIsABadRequest() {
		assertThatThrownBy(() -> TableDownload.Format.of("ods")).isInstanceOf(BadRequestException.class);
	}
}
