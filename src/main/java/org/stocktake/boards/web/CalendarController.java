package org.stocktake.boards.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.boards.Board;
import org.stocktake.boards.BoardReader;
import org.stocktake.boards.Boards;
import org.stocktake.boards.Meeting;

/**
 * iCalendar feeds of meetings, of one board or of all: the public gets published meetings, with
 * exempt items only as "Exempt item"; officers get drafts too, marked tentative.
 */
@RestController
class CalendarController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Boards boards;
	private final Clock clock;
	private final String siteUrl;

	CalendarController(Boards boards, Clock clock, @Value("${stocktake.base-url:http://localhost:8080}") String siteUrl) {
		this.boards = boards;
		this.clock = clock;
		this.siteUrl = siteUrl.replaceAll("/+$", "");
	}

	@GetMapping("/meetings.ics")
	ResponseEntity<String> all(Authentication auth) {
		BoardReader reader = boards.reader(auth);
		List<Meeting> meetings = new ArrayList<>();
		for (Board board : boards.boards()) {
			meetings.addAll(meetings(reader, board));
		}
		return feed("Meetings of the boards", meetings);
	}

	@GetMapping("/boards/{slug}/meetings.ics")
	ResponseEntity<String> board(@PathVariable String slug, Authentication auth) {
		Board board = boards.board(slug);
		return feed(board.name(), meetings(boards.reader(auth), board));
	}

	private List<Meeting> meetings(BoardReader reader, Board board) {
		return boards.meetings(reader, board).stream().map(m -> boards.meeting(reader, m.id())).toList();
	}

	private ResponseEntity<String> feed(String name, List<Meeting> meetings) {
		return ResponseEntity.ok().contentType(CALENDAR).body(MeetingCalendar.write(name, meetings, siteUrl, clock.instant()));
	}
}
