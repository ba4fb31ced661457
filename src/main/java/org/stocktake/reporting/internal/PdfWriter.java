package org.stocktake.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.stocktake.reporting.Report;

/**
 * Lays a report out as a tagged PDF conforming to PDF/UA-1: the PDF engine's accessibility mode
 * builds the structure tree from the XHTML, and the fonts are embedded because PDF/UA forbids
 * relying on the reader's own.
 */
public final class PdfWriter {

	private PdfWriter() {
	}

	public static byte[] write(Report report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
		font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
		builder.withHtmlContent(XhtmlWriter.write(report), null);
		builder.withProducer("Stocktake");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> open(file), XhtmlWriter.FONT_FAMILY, weight, style, true);
	}

	private static InputStream open(String file) {
		InputStream in = PdfWriter.class.getResourceAsStream("/reporting/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("Font missing from the build: " + file);
		}
		return in;
	}
}
