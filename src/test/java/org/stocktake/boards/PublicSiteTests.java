package org.stocktake.boards;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestMailServer;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The boards' public site")
class PublicSiteTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	BoardFixture f;

	@BeforeEach
	void fixture() {
		f = new BoardFixture(port, context);
	}

	/** An iCalendar event: its properties by name (parameters dropped), TEXT values unescaped. */
	record Event(Map<String, String> properties, Map<String, String> raw) {
	}

	/**
	 * Parses an iCalendar stream as RFC 5545 requires it to be written: CRLF line ends, physical lines
	 * of at most 75 octets unfolded, BEGIN and END properly nested, one VCALENDAR with VERSION and
	 * PRODID, every VEVENT with UID, DTSTAMP and DTSTART.
	 */
	static List<Event> parse(String ics) {
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).as("no bare line feeds or carriage returns").doesNotContain("\n", "\r");
		List<String> lines = new ArrayList<>();
		for (String physical : ics.split("\r\n")) {
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as("line of at most 75 octets: %s", physical).isLessThanOrEqualTo(75);
			if (physical.startsWith(" ") || physical.startsWith("\t")) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
			}
			else {
				lines.add(physical);
			}
		}
		Deque<String> open = new ArrayDeque<>();
		List<Event> events = new ArrayList<>();
		Map<String, String> calendar = new LinkedHashMap<>();
		Map<String, String> current = null;
		Map<String, String> raw = null;
		for (String line : lines) {
			Matcher m = Pattern.compile("([A-Z0-9-]+)((?:;[^:]*)?):(.*)").matcher(line);
			assertThat(m.matches()).as("a content line: %s", line).isTrue();
			String name = m.group(1);
			String value = m.group(3);
			if (name.equals("BEGIN")) {
				open.push(value);
				if (value.equals("VEVENT")) {
					current = new LinkedHashMap<>();
					raw = new LinkedHashMap<>();
				}
			}
			else if (name.equals("END")) {
				assertThat(open.pop()).isEqualTo(value);
				if (value.equals("VEVENT")) {
					assertThat(current).containsKeys("UID", "DTSTAMP", "DTSTART", "SUMMARY");
					events.add(new Event(current, raw));
					current = null;
				}
			}
			else if (current != null) {
				raw.put(name, m.group(2) + ":" + value);
				current.put(name, value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"));
			}
			else {
				calendar.put(name, value);
			}
		}
		assertThat(open).isEmpty();
		assertThat(calendar).containsEntry("VERSION", "2.0").containsKey("PRODID");
		return events;
	}

	@Test
	@DisplayName("the iCalendar feed is valid RFC 5545 with each published meeting in UTC; the public never gets a draft or an exempt item's title")
	void calendarFeed() {
		long published = f.publishedMeetingWithExemptItem();
		long draft = f.meeting("2026-02-02");
		f.item(draft, "title", "Draft only " + f.marker, "purpose", "FOR_DISCUSSION");

		HttpResponse<String> response = f.http.get("/boards/" + BoardFixture.BOARD + "/meetings.ics");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		List<Event> events = parse(response.body());
		Event event = events.stream().filter(e -> e.properties().get("UID").equals("meeting-" + published + "@stocktake")).findFirst().orElseThrow();
		// 19 January 2026, 11:00 in London is 11:00 UTC (winter time); two hours are assumed.
		assertThat(event.properties()).containsEntry("DTSTART", "20260119T110000Z").containsEntry("DTEND", "20260119T130000Z")
			.containsEntry("SUMMARY", "Improvement and Innovation Board").containsEntry("LOCATION", "Westminster Suite " + f.marker)
			.containsEntry("STATUS", "CONFIRMED");
		assertThat(event.properties().get("DESCRIPTION")).contains("1. Public report " + f.marker, "2. Exempt item", "/meetings/" + published);
		assertThat(response.body()).doesNotContain("SECRET");
		assertThat(events).noneMatch(e -> e.properties().get("UID").equals("meeting-" + draft + "@stocktake"));

		List<Event> all = parse(f.http.get("/meetings.ics").body());
		assertThat(all).anyMatch(e -> e.properties().get("UID").equals("meeting-" + published + "@stocktake"));
		List<Event> officers = parse(f.as(f.users.create(Role.OFFICER)).get("/meetings.ics").body());
		Event tentative = officers.stream().filter(e -> e.properties().get("UID").equals("meeting-" + draft + "@stocktake")).findFirst().orElseThrow();
		assertThat(tentative.properties()).containsEntry("STATUS", "TENTATIVE");
		assertThat(tentative.properties().get("DESCRIPTION")).contains("Draft only " + f.marker);
	}

	@Test
	@DisplayName("full-text search finds papers, decisions and actions by their stems; exempt items and unpublished notes never reach the public")
	void search() {
		long id = f.publishedMeetingWithExemptItem();
		String word = "zq" + f.marker.replaceAll("[^a-z]", "") + "x";
		f.clerk.postForm("/meetings/" + id + "/actions", "item", "1", "description", "Write to councils about " + word + " planning", "owner", "Officers",
				"dueDate", "2026-03-31");
		String publicBody = "Public report " + f.marker;
		HttpResponse<String> papers = f.http.get("/api/v1/boards/search?q=" + f.marker);
		assertThat(papers.statusCode()).isEqualTo(200);
		assertThat(papers.body()).contains("\"kind\":\"PAPER\"", publicBody, "\"totalItems\":").doesNotContain("SECRET");
		assertThat(f.http.get("/boards/search?q=SECRET-" + f.marker).body()).contains("No results").doesNotContain("staffing proposal");
		assertThat(f.as(f.member(BoardFixture.BOARD)).get("/api/v1/boards/search?q=" + f.marker).body()).contains("SECRET-" + f.marker);
		assertThat(f.http.get("/api/v1/boards/search?q=" + word).body()).as("the note is not published yet").contains("\"totalItems\":0");
		assertThat(f.clerk.get("/api/v1/boards/search?q=" + word).body()).contains("\"kind\":\"ACTION\"");

		f.clerk.postForm("/meetings/" + id + "/items/" + itemId(id, 1) + "/note", "decision", "AGREED", "minute", "The Board agreed the "
				+ word + " approach.");
		f.clerk.postForm("/meetings/" + id + "/items/" + itemId(id, 2) + "/note", "decision", "AGREED", "minute", "SECRET-" + f.marker + " agreed.");
		assertThat(f.clerk.postForm("/meetings/" + id + "/minutes/publish").statusCode()).isEqualTo(302);
		String found = f.http.get("/api/v1/boards/search?q=" + word).body();
		assertThat(found).contains("\"kind\":\"DECISION\"", "\"kind\":\"ACTION\"", "agreed the " + word + " approach");
		assertThat(f.http.get("/api/v1/boards/search?q=SECRET-" + f.marker).body()).contains("\"totalItems\":0");
		String page = f.http.get("/boards/search?q=" + word).body();
		assertThat(page).contains("<mark>" + word + "</mark>", "Decision", "Action");
		assertThat(f.http.get("/api/v1/boards/search?q=" + word + "+plans").body()).as("planning is found by its stem, plan").contains("ACTION");
	}

	private long itemId(long meeting, int number) {
		return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select id from agenda_item where meeting_id = ? and position = ?").params(meeting, number).query(Long.class).single();
	}

	@Test
	@DisplayName("a subscriber confirms by email, gets each new publication of the board's papers without exempt items, and unsubscribes from the link")
	void subscription() {
		String email = "subscriber-" + f.marker + "@example.org";
		HttpResponse<String> invalid = f.http.withSession().postForm("/boards/" + BoardFixture.BOARD + "/subscribe", "email", "not an address");
		assertThat(invalid.body()).contains("Enter an email address in the correct format, like name@example.org");
		HttpResponse<String> sent = f.http.withSession().postForm("/boards/" + BoardFixture.BOARD + "/subscribe", "email", email);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		assertThat(sent.body()).contains("Check your email");
		var confirmation = TestMailServer.awaitMailTo(email, 1).get(0);
		Matcher link = Pattern.compile("/subscriptions/([A-Za-z0-9_-]{43})").matcher(confirmation.body());
		assertThat(link.find()).as(confirmation.body()).isTrue();
		String token = link.group(1);

		f.publishedMeetingWithExemptItem();
		assertThat(TestMailServer.mailTo(email)).as("nothing but the confirmation before it is confirmed").hasSize(1);

		assertThat(f.http.get("/subscriptions/" + token).body()).contains("is not yet subscribed");
		assertThat(f.http.withSession().postForm("/subscriptions/" + token + "/confirm").statusCode()).isEqualTo(302);
		assertThat(f.http.get("/subscriptions/" + token).body()).contains("Emails about new papers of the Improvement and Innovation Board are sent to");
		long id = f.publishedMeetingWithExemptItem();
		var papers = TestMailServer.awaitMailTo(email, 2).get(1);
		assertThat(papers.subject()).contains("New papers: Improvement and Innovation Board");
		assertThat(papers.body()).contains("Public report " + f.marker, "Exempt item", "/meetings/" + id, "/subscriptions/" + token)
			.doesNotContain("SECRET");

		assertThat(f.http.get("/subscriptions/" + token.substring(1) + "A").statusCode()).isEqualTo(404);
		HttpResponse<String> gone = f.http.withSession().postForm("/subscriptions/" + token + "/unsubscribe");
		assertThat(gone.body()).contains("You have unsubscribed");
		assertThat(f.http.get("/subscriptions/" + token).statusCode()).isEqualTo(404);
		f.publishedMeetingWithExemptItem();
		assertThat(TestMailServer.mailTo(email)).as("nothing after unsubscribing").hasSize(2);
	}
}
