package org.stocktake.platform.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** CSV as CONTRACT.md writes it: UTF-8 with a byte-order mark (so Excel shows £), RFC 4180 quoting. */
public final class CsvDownload {

	private CsvDownload() {
	}

	@FunctionalInterface
	public interface Rows {
		void write(CSVPrinter printer) throws IOException;
	}

	public static void write(HttpServletResponse response, String filename, List<String> header, Rows rows) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			rows.write(printer);
		}
	}
}
