package org.stocktake.boards.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.stocktake.boards.AgendaItem;
import org.stocktake.boards.Meeting;
import org.stocktake.boards.MeetingStatus;

/**
 * Meetings as an iCalendar (RFC 5545) feed. Times are written in UTC, so no time-zone component is
 * needed; a meeting without a start time is an all-day event. Lines end in CRLF and are folded at 75
 * octets, never inside a UTF-8 character.
 */
final class MeetingCalendar {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Meetings are usually a morning or an afternoon; the papers give no end time. */
	static final Duration LENGTH = Duration.ofHours(2);

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final StringBuilder out = new StringBuilder(8192);

	static String write(String name, List<Meeting> meetings, String siteUrl, Instant now) {
		return new MeetingCalendar().calendar(name, meetings, siteUrl, now);
	}

	private String calendar(String name, List<Meeting> meetings, String siteUrl, Instant now) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Stocktake//Boards//EN");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + text(name));
		for (Meeting m : meetings) {
			line("BEGIN:VEVENT");
			line("UID:meeting-" + m.id() + "@stocktake");
			line("DTSTAMP:" + UTC.format(now));
			if (m.startTime() == null) {
				line("DTSTART;VALUE=DATE:" + DATE.format(m.date()));
				line("DTEND;VALUE=DATE:" + DATE.format(m.date().plusDays(1)));
			}
			else {
				Instant start = m.date().atTime(m.startTime()).atZone(LONDON).toInstant();
				line("DTSTART:" + UTC.format(start));
				line("DTEND:" + UTC.format(start.plus(LENGTH)));
			}
			line("SUMMARY:" + text(m.board().name()));
			if (m.venue() != null) {
				line("LOCATION:" + text(m.venue()));
			}
			StringBuilder description = new StringBuilder();
			for (AgendaItem i : m.items()) {
				description.append(i.number()).append(". ").append(i.visible() ? i.title() : "Exempt item").append('\n');
			}
			description.append("Agenda and papers: ").append(siteUrl).append("/meetings/").append(m.id());
			line("DESCRIPTION:" + text(description.toString()));
			line("URL:" + siteUrl + "/meetings/" + m.id());
			line("STATUS:" + (m.status() == MeetingStatus.PUBLISHED ? "CONFIRMED" : "TENTATIVE"));
			line("END:VEVENT");
		}
		line("END:VCALENDAR");
		return out.toString();
	}

	/** RFC 5545 section 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
	}

	/** Writes a content line, folded so that no physical line is longer than 75 octets. */
	private void line(String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = 74; // the leading space of a continuation line counts
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}
}
