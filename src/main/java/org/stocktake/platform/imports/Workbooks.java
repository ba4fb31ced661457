package org.stocktake.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.platform.web.UnprocessableException;

/**
 * Reads the first sheet of an XLSX workbook as the text a CSV export of it would hold: numbers in
 * plain notation as stored (not as the cell's display format rounds them), dates as ISO dates, and
 * formulas as their last calculated values, so importers need to know nothing about spreadsheets.
 */
final class Workbooks {

	private Workbooks() {
	}

	/** XLSX is a ZIP archive: it starts with the local-file-header signature. */
	static boolean isXlsx(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	static List<CsvFile.Record> firstSheet(byte[] bytes) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				return List.of();
			}
			Sheet sheet = workbook.getSheetAt(0);
			List<CsvFile.Record> records = new ArrayList<>();
			int width = -1;
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					values.add(text(row.getCell(i)));
				}
				while (!values.isEmpty() && values.get(values.size() - 1).isBlank()) {
					values.remove(values.size() - 1);
				}
				if (values.isEmpty()) {
					continue;
				}
				if (width < 0) {
					width = values.size();
				}
				while (values.size() < width) {
					values.add("");
				}
				records.add(new CsvFile.Record(row.getRowNum() + 1, values));
			}
			return records;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnprocessableException unprocessable) {
				throw unprocessable;
			}
			throw new UnprocessableException("The file is not a readable XLSX workbook",
					List.of(FieldError.row(1, null, null, "The file looks like an XLSX workbook but could not be read: " + ex.getMessage())));
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
			case STRING:
				return cell.getRichStringCellValue().getString();
			case NUMERIC:
				if (DateUtil.isCellDateFormatted(cell)) {
					return cell.getLocalDateTimeCellValue().toLocalDate().toString();
				}
				return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN:
				return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR:
				throw new UnprocessableException("The workbook has a formula error",
						List.of(FieldError.row(cell.getRowIndex() + 1, null, cell.getAddress().formatAsString(),
								"Cell " + cell.getAddress().formatAsString() + " holds a formula error")));
			default:
				return "";
		}
	}
}
