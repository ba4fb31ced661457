package org.stocktake.platform.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A table downloaded as CSV (as CONTRACT.md writes it: UTF-8 with a byte-order mark, RFC 4180) or as
 * an XLSX workbook with numbers as numbers, from the same rows. A null value is an empty cell in
 * both, never a zero.
 */
public final class TableDownload {

	public enum Format {
		CSV, XLSX;

		/** {@code csv} or {@code xlsx}, any case; anything else is a 400. */
		public static Format of(String extension) {
			try {
				return valueOf(extension.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw new BadRequestException("format", extension, "The format must be csv or xlsx");
			}
		}

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	@FunctionalInterface
	public interface Sink {
		void row(List<?> values) throws IOException;
	}

	@FunctionalInterface
	public interface Rows {
		void write(Sink sink) throws IOException;
	}

	private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private TableDownload() {
	}

	/** Writes {@code baseName.csv} or {@code baseName.xlsx}. */
	public static void write(HttpServletResponse response, Format format, String baseName, List<String> header, Rows rows) throws IOException {
		String filename = baseName + "." + format.extension();
		if (format == Format.CSV) {
			CsvDownload.write(response, filename, header, printer -> rows.write(values -> printer.printRecord(values)));
			return;
		}
		response.setContentType(XLSX_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(sheetName(baseName));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			SXSSFRow head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				SXSSFCell cell = head.createCell(i);
				cell.setCellValue(header.get(i));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			rows.write(values -> {
				SXSSFRow row = sheet.createRow(next[0]++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value == null) {
						continue;
					}
					SXSSFCell cell = row.createCell(i);
					if (value instanceof BigDecimal decimal) {
						cell.setCellValue(decimal.doubleValue());
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			});
			workbook.write(response.getOutputStream());
			workbook.dispose();
		}
	}

	/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name. */
	private static String sheetName(String baseName) {
		String name = baseName.replaceAll("[:\\\\/?*\\[\\]]", "-");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}
}
