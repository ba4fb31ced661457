package org.stocktake.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

import static org.assertj.core.api.Assertions.fail;

/** Reads the files Stocktake hands out, as their readers would: veraPDF for PDF/UA, PDFBox and POI for text. */
public final class Documents {

	// Read from veraPDF's own rule file: its default profile directory does not list PDF/UA in this release.
	private static final ValidationProfile PDF_UA_1;

	static {
		VeraGreenfieldFoundryProvider.initialise();
		try (var in = Documents.class.getResourceAsStream("/org/verapdf/pdfa/validation/PDFUA-1.xml")) {
			PDF_UA_1 = Profiles.profileFromXml(in);
		}
		catch (Exception ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private Documents() {
	}

	/** Fails with every failed PDF/UA-1 rule (clause, test, message and where) unless veraPDF finds the file compliant. */
	public static void assertPdfUa1(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDF_UA_1, false)) {
			ValidationResult result = validator.validate(parser);
			if (!result.isCompliant()) {
				String failures = result.getTestAssertions()
					.stream()
					.filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
					.map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage() + " at "
							+ a.getLocation().getContext())
					.distinct()
					.limit(40)
					.collect(Collectors.joining("\n  "));
				fail("Not PDF/UA-1 according to veraPDF:\n  " + failures);
			}
		}
		catch (Exception ex) {
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("veraPDF could not read the file", ex);
		}
	}

	public static String pdfText(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String pdfTitle(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return doc.getDocumentInformation().getTitle();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static XWPFDocument docx(byte[] docx) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(docx));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String docxText(byte[] docx) {
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx(docx))) {
			return extractor.getText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
