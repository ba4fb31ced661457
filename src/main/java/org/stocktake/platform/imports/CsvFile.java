package org.stocktake.platform.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.platform.web.UnprocessableException;

/**
 * A CSV file read the way CONTRACT.md asks: UTF-8 with or without a byte-order mark, CRLF or LF,
 * RFC 4180 quoting; rows carry their line number in the file (the header is line 1) so that every
 * problem can be reported where it is. An XLSX workbook is read the same way from its first sheet,
 * its rows numbered as the spreadsheet numbers them, so every import takes either.
 */
public final class CsvFile {

	private final List<String> header;
	private final List<Row> rows;

	private CsvFile(List<String> header, List<Row> rows) {
		this.header = header;
		this.rows = rows;
	}

	/** One data row; values are trimmed, and a missing optional column reads as blank. */
	public record Row(int line, Map<String, String> values) {
		public String get(String column) {
			String value = values.get(column);
			return value == null ? "" : value;
		}

		public boolean isBlank(String column) {
			return get(column).isBlank();
		}
	}

	public List<String> header() {
		return header;
	}

	public List<Row> rows() {
		return rows;
	}

	public boolean hasColumn(String column) {
		return header.contains(column);
	}

	/**
	 * Reads {@code bytes}; answers 422 listing every structural problem (encoding, header, field
	 * counts) before any row is looked at. Column names are matched case-insensitively.
	 */
	public static CsvFile parse(byte[] bytes, Set<String> requiredColumns) {
		List<FieldError> errors = new ArrayList<>();
		List<Record> records = Workbooks.isXlsx(bytes) ? Workbooks.firstSheet(bytes) : csvRecords(bytes, errors);
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		for (Record record : records) {
			if (header == null) {
				header = record.values().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
				checkHeader(header, requiredColumns, errors);
				if (!errors.isEmpty()) {
					break;
				}
				continue;
			}
			if (record.values().size() != header.size()) {
				errors.add(FieldError.row(record.line(), null, null,
						"Expected " + header.size() + " fields as in the header but found " + record.values().size()));
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				values.put(header.get(i), record.values().get(i).trim());
			}
			rows.add(new Row(record.line(), values));
		}
		if (header == null && errors.isEmpty()) {
			throw new UnprocessableException("The file is empty", List.of(FieldError.row(1, null, null, "The file is empty: it has no header and no rows")));
		}
		if (!errors.isEmpty()) {
			throw new UnprocessableException("The file has " + errors.size() + " problem(s); nothing was imported", errors);
		}
		if (rows.isEmpty()) {
			throw new UnprocessableException("The file has a header but no rows",
					List.of(FieldError.row(2, null, null, "The file has a header but no rows")));
		}
		return new CsvFile(header, rows);
	}

	/** A line of the file before the header gives its fields names; {@code line} is where it is in the file. */
	record Record(int line, List<String> values) {
	}

	private static List<Record> csvRecords(byte[] bytes, List<FieldError> errors) {
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Record> records = new ArrayList<>();
		if (text.isBlank()) {
			return records;
		}
		int[] lineStarts = lineStarts(text);
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				records.add(new Record(lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition())), Arrays.asList(record.values())));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			errors.add(FieldError.row(lineOf(lineStarts, text.length()), null, null, "The file is not valid CSV: " + rootMessage(ex)));
		}
		return records;
	}

	private static void checkHeader(List<String> header, Set<String> required, List<FieldError> errors) {
		Set<String> seen = new java.util.HashSet<>();
		for (String column : header) {
			if (!seen.add(column)) {
				errors.add(FieldError.row(1, column, column, "The column " + column + " appears more than once in the header"));
			}
		}
		for (String column : required) {
			if (!header.contains(column)) {
				errors.add(FieldError.row(1, column, null, "The header has no " + column + " column"));
			}
		}
	}

	private static String decode(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			int bad = firstInvalidByte(bytes);
			int line = 1;
			for (int i = 0; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			String message = String.format(Locale.ROOT,
					"The file is not UTF-8: line %d has the byte 0x%02X, which UTF-8 does not allow here. Save the file as \"CSV UTF-8\" and try again",
					line, bytes[bad] & 0xFF);
			throw new UnprocessableException("The file is not UTF-8", List.of(FieldError.row(line, null, null, message)));
		}
	}

	private static int firstInvalidByte(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		return Math.min(in.position(), bytes.length - 1);
	}

	/** A record after skipped empty lines starts where they do; its line is where its first field is. */
	private static long firstCharacter(String text, long position) {
		long at = position;
		while (at < text.length() && (text.charAt((int) at) == '\r' || text.charAt((int) at) == '\n')) {
			at++;
		}
		return at;
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int lineOf(int[] lineStarts, long position) {
		int index = Arrays.binarySearch(lineStarts, (int) position);
		return (index >= 0 ? index : -index - 2) + 1;
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage();
	}
}
