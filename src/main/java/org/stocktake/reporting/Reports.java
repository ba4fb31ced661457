package org.stocktake.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.stocktake.reporting.internal.DocxWriter;
import org.stocktake.reporting.internal.PdfWriter;

/** Renders a {@link Report} in the format a reader asks for. */
@Service
public class Reports {

	/** The formats a report can be downloaded in; the name is the file extension. */
	public enum Format {

		PDF(MediaType.APPLICATION_PDF),
		DOCX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

		private final MediaType mediaType;

		Format(MediaType mediaType) {
			this.mediaType = mediaType;
		}

		public MediaType mediaType() {
			return mediaType;
		}

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public byte[] render(Report report, Format format) {
		return switch (format) {
			case PDF -> PdfWriter.write(report);
			case DOCX -> DocxWriter.write(report);
		};
	}

	/** The report as a download named {@code baseName.pdf} or {@code baseName.docx}. */
	public ResponseEntity<byte[]> download(Report report, Format format, String baseName) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(baseName + "." + format.extension(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(render(report, format));
	}
}
