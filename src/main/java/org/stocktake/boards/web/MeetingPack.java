package org.stocktake.boards.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stocktake.boards.AgendaItem;
import org.stocktake.boards.ExemptCategory;
import org.stocktake.boards.Meeting;
import org.stocktake.boards.Member;
import org.stocktake.reporting.Report;
import org.stocktake.reporting.Report.Column;
import org.stocktake.reporting.Report.Fact;

/**
 * The meeting pack as one document: the agenda, the membership, then every report the reader may
 * see, in the association's template with its paragraphs numbered (1., 2., and 2.1. for a paragraph
 * written as "- …" under the one before). Built from a {@link Meeting} already filtered for the
 * reader, so an exempt item the reader may not see is in the agenda only as "Exempt item".
 */
@Component
class MeetingPack {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final MessageSource messages;

	MeetingPack(MessageSource messages) {
		this.messages = messages;
	}

	Report build(Meeting meeting, List<Member> members) {
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
		report.heading(text("boards.agenda"))
			.table(text("boards.agenda"), List.of(Column.text(text("boards.item.number")), Column.text(text("boards.item.title")),
					Column.text(text("boards.item.purpose"))), meeting.items().stream().map(i -> List.of(String.valueOf(i.number()), title(i),
							i.visible() ? text(i.purpose().messageKey()) : "")).toList());
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
			report.heading(item.number() + ". " + item.title());
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
