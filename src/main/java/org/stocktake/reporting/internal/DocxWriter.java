package org.stocktake.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.stocktake.reporting.Report;
import org.stocktake.reporting.Report.Block;
import org.stocktake.reporting.Report.Bullets;
import org.stocktake.reporting.Report.Fact;
import org.stocktake.reporting.Report.Facts;
import org.stocktake.reporting.Report.Heading;
import org.stocktake.reporting.Report.Paragraph;
import org.stocktake.reporting.Report.Table;

/**
 * Writes a report as a Word document whose headings are real heading styles (so Word's navigation
 * pane and screen readers see the structure) and whose tables repeat their header row.
 */
public final class DocxWriter implements AutoCloseable {

	private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final String FONT = "Arial";

	private final XWPFDocument doc = new XWPFDocument();

	private DocxWriter() {
	}

	public static byte[] write(Report report) {
		try (DocxWriter writer = new DocxWriter().styles()) {
			return writer.document(report);
		}
	}

	private DocxWriter styles() {
		XWPFStyles styles = doc.createStyles();
		style(styles, "Title", "Title", 0, 40);
		style(styles, "Heading1", "heading 1", 1, 32);
		style(styles, "Heading2", "heading 2", 2, 26);
		style(styles, "Heading3", "heading 3", 3, 22);
		style(styles, "Caption", "caption", -1, 20);
		return this;
	}

	private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
		CTStyle ct = CTStyle.Factory.newInstance();
		ct.setStyleId(id);
		ct.setType(STStyleType.PARAGRAPH);
		ct.addNewName().setVal(name);
		ct.addNewBasedOn().setVal("Normal");
		ct.addNewQFormat();
		if (outlineLevel > 0) {
			ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1L));
		}
		var rpr = ct.addNewRPr();
		rpr.addNewB();
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		var fonts = rpr.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		styles.addStyle(new XWPFStyle(ct, styles));
	}

	private byte[] document(Report report) {
		var properties = doc.getProperties().getCoreProperties();
		properties.setTitle(report.title());
		properties.setCreator(report.author());
		properties.setDescription(report.subtitle());
		paragraph("Title", report.title());
		if (report.subtitle() != null && !report.subtitle().isBlank()) {
			paragraph(null, report.subtitle());
		}
		paragraph(null, report.author() + ", " + ISSUED.format(report.issued()));
		for (Block block : report.blocks()) {
			block(block);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		try {
			doc.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void block(Block block) {
		if (block instanceof Heading h) {
			// The report title is the document's Title, so report level 2 is Word's Heading 1.
			paragraph("Heading" + (h.level() - 1), h.text());
		}
		else if (block instanceof Paragraph p) {
			paragraph(null, p.text());
		}
		else if (block instanceof Bullets b) {
			b.items().forEach(item -> paragraph(null, "\u2022 " + item));
		}
		else if (block instanceof Facts f) {
			for (Fact fact : f.facts()) {
				XWPFParagraph p = doc.createParagraph();
				run(p, fact.label() + ": ").setBold(true);
				run(p, fact.value());
			}
		}
		else if (block instanceof Table t) {
			table(t);
		}
		else if (block instanceof Report.PageBreak) {
			doc.createParagraph().setPageBreak(true);
		}
	}

	private void table(Table table) {
		paragraph("Caption", table.caption());
		XWPFTable t = doc.createTable(table.rows().size() + 1, table.columns().size());
		t.setTableAlignment(TableRowAlign.LEFT);
		t.setWidth("100%");
		XWPFTableRow header = t.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < table.columns().size(); c++) {
			var column = table.columns().get(c);
			cell(header.getCell(c), column.heading(), true, column.numeric());
		}
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = t.getRow(r + 1);
			row.setCantSplitRow(true);
			for (int c = 0; c < table.columns().size(); c++) {
				cell(row.getCell(c), table.rows().get(r).get(c), false, table.columns().get(c).numeric());
			}
		}
		doc.createParagraph();
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold, boolean numeric) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		if (numeric) {
			p.setAlignment(ParagraphAlignment.RIGHT);
		}
		run(p, text).setBold(bold);
	}

	private void paragraph(String style, String text) {
		XWPFParagraph p = doc.createParagraph();
		if (style != null) {
			p.setStyle(style);
		}
		run(p, text);
	}

	private static XWPFRun run(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setText(text == null ? "" : text);
		return run;
	}

	@Override
	public void close() {
		try {
			doc.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
