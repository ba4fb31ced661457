package org.stocktake.boards;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stocktake.reporting.Report;
import org.stocktake.reporting.Reports;
import org.stocktake.reporting.Reports.Format;
import org.stocktake.reporting.Report.Column;
import org.stocktake.reporting.Report.Fact;

/**
 * The meeting pack as one document: the agenda, the membership, then every report the reader may
 * see, in the association's template with its paragraphs numbered (1., 2., and 2.1. for a paragraph
 * written as "- …" under the one before). Built from a {@link Meeting} already filtered for the
 * reader, so an exempt item the reader may not see is in the agenda only as "Exempt item".
 *
 * <p>The agenda gives each report's pages. They are known only once the pack is laid out, so the
 * pack is rendered, each report's first page read back from the PDF's bookmarks, and rendered again
 * with the page ranges (each report starts on a new page, so its range ends before the next one).
 */
@Component
public class MeetingPack {

	/** The rendered pack, and the page range of each item's report by item number ("5–7"). */
	public record Rendered(byte[] pdf, Report report, Map<Integer, String> pages) {
	}

	/** Stands for a range before it is known; as wide as most real ranges, so the agenda keeps its length. */
	private static final String PLACEHOLDER = "00–00";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final MessageSource messages;
	private final Reports reports;

	MeetingPack(MessageSource messages, Reports reports) {
		this.messages = messages;
		this.reports = reports;
	}

	/** The pack as a PDF whose agenda gives the pages of each report, and the report it was rendered from (for Word). */
	public Rendered render(Meeting meeting, List<Member> members) {
		Map<Integer, String> pages = new HashMap<>();
		meeting.items().stream().filter(AgendaItem::visible).forEach(i -> pages.put(i.number(), PLACEHOLDER));
		Report report = build(meeting, members, pages);
		byte[] pdf = reports.render(report, Format.PDF);
		// A range that changes the agenda's length can move every page after it; two more passes settle it.
		for (int pass = 0; pass < 3; pass++) {
			Map<Integer, String> actual = itemPages(pdf, meeting);
			if (actual.equals(pages)) {
				break;
			}
			pages.clear();
			pages.putAll(actual);
			report = build(meeting, members, pages);
			pdf = reports.render(report, Format.PDF);
		}
		return new Rendered(pdf, report, Map.copyOf(pages));
	}

	/** Each visible item's page range, read from the bookmarks of the PDF (one per section heading, in order). */
	Map<Integer, String> itemPages(byte[] pdf, Meeting meeting) {
		List<String> titles = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		int pageCount;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			pageCount = doc.getNumberOfPages();
			PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
			if (outline != null) {
				for (PDOutlineItem mark : outline.children()) {
					PDPage page = mark.findDestinationPage(doc);
					titles.add(mark.getTitle());
					starts.add(page == null ? -1 : doc.getPages().indexOf(page) + 1);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<Integer, String> pages = new HashMap<>();
		for (AgendaItem item : meeting.items()) {
			if (!item.visible()) {
				continue;
			}
			int at = titles.indexOf(heading(item));
			if (at < 0 || starts.get(at) < 1) {
				continue;
			}
			int first = starts.get(at);
			int last = at + 1 < starts.size() ? Math.max(first, starts.get(at + 1) - 1) : pageCount;
			pages.put(item.number(), first == last ? String.valueOf(first) : first + "–" + last);
		}
		return pages;
	}

	static String heading(AgendaItem item) {
		return item.number() + ". " + item.title();
	}

	/** The pack without page ranges, as a report. */
	public Report build(Meeting meeting, List<Member> members) {
		return build(meeting, members, Map.of());
	}

	Report build(Meeting meeting, List<Member> members, Map<Integer, String> pages) {
		String when = DATE.format(meeting.date()) + (meeting.startTime() == null ? "" : ", " + meeting.startTime());
		Report.Builder report = Report.titled(text("boards.pack.title", meeting.board().name()))
			.subtitle(text("boards.pack.subtitle", when))
			.author(text("boards.pack.author"))
			.issued(meeting.date());
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(text("boards.meeting.date"), when));
		if (meeting.venue() != null) {
			facts.add(new Fact(text("boards.meeting.venue"), meeting.venue()));
		}
		if (meeting.cycle() != null) {
			facts.add(new Fact(text("boards.meeting.cycle"), meeting.cycle()));
		}
		report.facts(facts);
		if (meeting.status().name().equals("DRAFT")) {
			report.paragraph(text("boards.pack.draft"));
		}
		List<Column> agendaColumns = new ArrayList<>(List.of(Column.text(text("boards.item.number")), Column.text(text("boards.item.title")),
				Column.text(text("boards.item.purpose"))));
		if (!pages.isEmpty()) {
			agendaColumns.add(Column.text(text("boards.pack.pages")));
		}
		report.heading(text("boards.agenda"))
			.table(text("boards.agenda"), agendaColumns, meeting.items().stream().map(i -> {
				List<String> row = new ArrayList<>(List.of(String.valueOf(i.number()), title(i), i.visible() ? text(i.purpose().messageKey()) : ""));
				if (!pages.isEmpty()) {
					row.add(pages.getOrDefault(i.number(), ""));
				}
				return row;
			}).toList());
		if (!members.isEmpty()) {
			report.heading(text("boards.members"))
				.table(text("boards.members"), List.of(Column.text(text("boards.member.name")), Column.text(text("boards.member.role")),
						Column.text(text("boards.member.group")), Column.text(text("boards.member.authority"))),
						members.stream().map(m -> List.of(m.name(), text(m.role().messageKey()),
								m.party() == null ? "" : text("party." + m.party()), m.authorityName() == null ? "" : m.authorityName())).toList());
		}
		for (AgendaItem item : meeting.items()) {
			if (!item.visible()) {
				continue;
			}
			report.pageBreak();
			report.heading(heading(item));
			if (item.exempt()) {
				report.paragraph(text("boards.pack.exemptNotice", text(ExemptCategory.messageKey(item.exemptParagraph()))));
			}
			List<Fact> itemFacts = new ArrayList<>();
			itemFacts.add(new Fact(text("boards.item.purpose"), text(item.purpose().messageKey())));
			if (item.contactName() != null) {
				List<String> contact = new ArrayList<>(List.of(item.contactName()));
				for (String part : new String[] { item.contactPosition(), item.contactPhone(), item.contactEmail() }) {
					if (part != null) {
						contact.add(part);
					}
				}
				itemFacts.add(new Fact(text("boards.item.contact"), String.join(", ", contact)));
			}
			report.facts(itemFacts);
			section(report, "boards.item.summary", item.summary());
			section(report, "boards.item.recommendations", item.recommendations());
			section(report, "boards.item.action", item.actionText());
			if (item.body() != null) {
				numbered(report, item.body());
			}
		}
		return report.build();
	}

	private String title(AgendaItem item) {
		if (!item.visible()) {
			return text("boards.item.exemptItem") + " (" + text(ExemptCategory.messageKey(item.exemptParagraph())) + ")";
		}
		return item.exempt() ? item.title() + " " + text("boards.item.exemptMark") : item.title();
	}

	private void section(Report.Builder report, String key, String content) {
		if (content == null) {
			return;
		}
		report.subheading(text(key));
		for (String paragraph : content.split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				report.paragraph(paragraph.trim());
			}
		}
	}

	/** The body: "## Heading" lines become headings, other paragraphs are numbered 1., 2., with "- " paragraphs as 2.1., 2.2. */
	static void numbered(Report.Builder report, String body) {
		int main = 0;
		int sub = 0;
		for (String block : body.split("\\R\\s*\\R")) {
			String paragraph = block.trim();
			if (paragraph.isEmpty()) {
				continue;
			}
			if (paragraph.startsWith("## ")) {
				report.add(new Report.Heading(3, paragraph.substring(3).trim()));
			}
			else if (paragraph.startsWith("- ") && main > 0) {
				sub++;
				report.paragraph(main + "." + sub + ". " + paragraph.substring(2).trim());
			}
			else {
				main++;
				sub = 0;
				report.paragraph(main + ". " + paragraph);
			}
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}
