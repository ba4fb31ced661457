package org.stocktake.reporting.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.stocktake.reporting.Report;
import org.stocktake.reporting.Report.Block;
import org.stocktake.reporting.Report.Bullets;
import org.stocktake.reporting.Report.Column;
import org.stocktake.reporting.Report.Fact;
import org.stocktake.reporting.Report.Facts;
import org.stocktake.reporting.Report.Heading;
import org.stocktake.reporting.Report.Paragraph;
import org.stocktake.reporting.Report.Table;

/**
 * Writes a report as the well-formed XHTML the PDF engine lays out. Semantic elements only (headings,
 * tables with header cells and scopes, lists), because the PDF's tag tree is derived from them.
 */
public final class XhtmlWriter {

	static final String FONT_FAMILY = "Liberation Sans";

	private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final String STYLE = """
			@page { size: A4; margin: 20mm 18mm 22mm 18mm;
			  @bottom-left { content: "%s"; font-family: '%s'; font-size: 8pt; color: #505a5f; }
			  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: '%s'; font-size: 8pt; color: #505a5f; } }
			body { font-family: '%s'; font-size: 10.5pt; line-height: 1.35; color: #0b0c0c; }
			h1 { font-size: 20pt; margin: 0 0 4pt 0; }
			h2 { font-size: 14pt; margin: 14pt 0 6pt 0; page-break-after: avoid; }
			h3 { font-size: 12pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
			h4 { font-size: 10.5pt; margin: 8pt 0 4pt 0; page-break-after: avoid; }
			p.subtitle { font-size: 12pt; color: #505a5f; margin: 0 0 4pt 0; }
			p.issued { color: #505a5f; margin: 0 0 12pt 0; }
			table { width: 100%%; border-collapse: collapse; margin: 4pt 0 10pt 0; -fs-table-paginate: paginate; }
			caption { text-align: left; font-weight: bold; padding: 0 0 4pt 0; }
			th, td { border-bottom: 0.5pt solid #b1b4b6; padding: 3pt 4pt; text-align: left; vertical-align: top; }
			thead th { border-bottom: 1pt solid #0b0c0c; }
			.num { text-align: right; }
			div.page-break { page-break-before: always; height: 0; }
			dl { margin: 4pt 0 10pt 0; }
			dt { font-weight: bold; margin-top: 4pt; }
			dd { margin: 0 0 0 0; }
			""";

	private final StringBuilder out = new StringBuilder(16_384);

	public static String write(Report report) {
		return new XhtmlWriter().document(report);
	}

	private String document(Report report) {
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head>")
			.append("<meta charset=\"UTF-8\"/>");
		element("title", report.title());
		meta("author", report.author());
		meta("subject", report.subtitle() == null ? report.title() : report.subtitle());
		meta("description", report.title());
		out.append("<style>")
			.append(escape(STYLE.formatted(css(report.title()), FONT_FAMILY, FONT_FAMILY, FONT_FAMILY)))
			.append("</style>");
		bookmarks(report);
		out.append("</head><body>");
		element("h1", report.title());
		if (report.subtitle() != null && !report.subtitle().isBlank()) {
			out.append("<p class=\"subtitle\">").append(escape(report.subtitle())).append("</p>");
		}
		out.append("<p class=\"issued\">").append(escape(report.author() + ", " + ISSUED.format(report.issued()))).append("</p>");
		int index = 0;
		for (Block block : report.blocks()) {
			block(block, index++);
		}
		out.append("</body></html>");
		return out.toString();
	}

	private void bookmarks(Report report) {
		StringBuilder marks = new StringBuilder();
		int index = 0;
		for (Block block : report.blocks()) {
			if (block instanceof Heading h && h.level() == 2) {
				marks.append("<bookmark name=\"").append(escape(h.text())).append("\" href=\"#b").append(index).append("\"/>");
			}
			index++;
		}
		if (!marks.isEmpty()) {
			out.append("<bookmarks>").append(marks).append("</bookmarks>");
		}
	}

	private void block(Block block, int index) {
		if (block instanceof Heading h) {
			out.append("<h").append(h.level()).append(" id=\"b").append(index).append("\">").append(escape(h.text()))
				.append("</h").append(h.level()).append('>');
		}
		else if (block instanceof Paragraph p) {
			element("p", p.text());
		}
		else if (block instanceof Bullets b) {
			out.append("<ul>");
			b.items().forEach(item -> element("li", item));
			out.append("</ul>");
		}
		else if (block instanceof Facts f) {
			out.append("<dl>");
			for (Fact fact : f.facts()) {
				element("dt", fact.label());
				element("dd", fact.value());
			}
			out.append("</dl>");
		}
		else if (block instanceof Table t) {
			table(t);
		}
		else if (block instanceof Report.PageBreak) {
			out.append("<div class=\"page-break\"></div>");
		}
	}

	private void table(Table table) {
		out.append("<table>");
		element("caption", table.caption());
		out.append("<thead><tr>");
		for (Column column : table.columns()) {
			out.append("<th scope=\"col\"").append(column.numeric() ? " class=\"num\"" : "").append('>')
				.append(escape(column.heading())).append("</th>");
		}
		out.append("</tr></thead><tbody>");
		for (var row : table.rows()) {
			out.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				// The first cell names the row, so it is the row's header for screen readers.
				String tag = i == 0 ? "th" : "td";
				out.append('<').append(tag).append(i == 0 ? " scope=\"row\"" : "")
					.append(table.columns().get(i).numeric() ? " class=\"num\"" : "").append('>')
					.append(escape(row.get(i))).append("</").append(tag).append('>');
			}
			out.append("</tr>");
		}
		out.append("</tbody></table>");
	}

	private void element(String name, String text) {
		out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
	}

	private void meta(String name, String content) {
		out.append("<meta name=\"").append(name).append("\" content=\"").append(escape(content)).append("\"/>");
	}

	private static String css(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> b.append("&amp;");
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '"' -> b.append("&quot;");
				default -> {
					// Characters XML 1.0 forbids would make the whole document unreadable.
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
						b.appendCodePoint(c);
					}
				}
			}
		});
		return b.toString();
	}
}
