package org.stocktake.boards.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.boards.Action;
import org.stocktake.boards.AgendaItem;
import org.stocktake.boards.Board;
import org.stocktake.boards.BoardReader;
import org.stocktake.boards.Boards;
import org.stocktake.boards.Meeting;
import org.stocktake.reporting.Reports.Format;

@RestController
@Tag(name = "Boards", description = "The association's boards, their meetings, agendas, notes and actions; each reader sees what they may "
		+ "(the public: published, non-exempt papers; members: their boards' exempt items too; officers: everything)")
class BoardApiController {

	private final Boards boards;
	private final BoardController pages;

	BoardApiController(Boards boards, BoardController pages) {
		this.boards = boards;
		this.pages = pages;
	}

	record BoardJson(long id, String slug, String name, String termsOfReference, String priorities, boolean demonstration) {
		static BoardJson of(Board b) {
			return new BoardJson(b.id(), b.slug(), b.name(), b.termsOfReference(), b.priorities(), b.demonstration());
		}
	}

	record MeetingSummaryJson(long id, long boardId, String board, LocalDate date, LocalTime time, String venue, String cycle, String status,
			boolean minutesPublished) {
		static MeetingSummaryJson of(Meeting m) {
			return new MeetingSummaryJson(m.id(), m.board().id(), m.board().name(), m.date(), m.startTime(), m.venue(), m.cycle(),
					m.status().name(), m.minutesPublished());
		}
	}

	record ContactJson(String name, String position, String phone, String email) {
	}

	record ItemJson(int number, boolean exempt, Integer exemptParagraph, String title, String purpose, ContactJson contactOfficer,
			String summary, String recommendations, String action, String body, String decision, String minute) {
		static ItemJson of(AgendaItem i) {
			if (!i.visible()) {
				return new ItemJson(i.number(), true, i.exemptParagraph(), null, null, null, null, null, null, null, null, null);
			}
			ContactJson contact = i.contactName() == null ? null
					: new ContactJson(i.contactName(), i.contactPosition(), i.contactPhone(), i.contactEmail());
			return new ItemJson(i.number(), i.exempt(), i.exemptParagraph(), i.title(), i.purpose().name(), contact, i.summary(),
					i.recommendations(), i.actionText(), i.body(), i.decision() == null ? null : i.decision().name(), i.minute());
		}
	}

	record ActionJson(long id, long meetingId, String board, String boardSlug, LocalDate meetingDate, Integer item, String description,
			String owner, LocalDate dueDate, String status, boolean overdue) {
		static ActionJson of(Action a, LocalDate today) {
			return new ActionJson(a.id(), a.meetingId(), a.boardName(), a.boardSlug(), a.meetingDate(), a.itemNumber(), a.description(), a.owner(),
					a.dueDate(), a.status().name(), a.overdueOn(today));
		}
	}

	record MeetingJson(long id, long boardId, String board, LocalDate date, LocalTime time, String venue, String cycle, String status,
			boolean minutesPublished, List<ItemJson> items, List<ActionJson> actions) {
	}

	@GetMapping("/api/v1/boards")
	@Operation(summary = "The association's boards")
	List<BoardJson> boards() {
		return boards.boards().stream().map(BoardJson::of).toList();
	}

	@GetMapping("/api/v1/boards/{id}/meetings")
	@Operation(summary = "A board's meetings, newest first", description = "{id} is the board's id or slug. The public sees published "
			+ "meetings; officers drafts too.")
	List<MeetingSummaryJson> meetings(@PathVariable String id, Authentication auth) {
		BoardReader reader = boards.reader(auth);
		return boards.meetings(reader, boards.board(id)).stream().map(MeetingSummaryJson::of).toList();
	}

	@GetMapping("/api/v1/meetings/{id}")
	@Operation(summary = "A meeting's agenda with its items, and its note and actions once published",
			description = "An exempt item appears to a reader who may not see it only as an exempt item with its Schedule 12A paragraph, "
					+ "without title or papers.")
	MeetingJson meeting(@PathVariable long id, Authentication auth) {
		Meeting m = boards.meeting(boards.reader(auth), id);
		LocalDate today = boards.today();
		return new MeetingJson(m.id(), m.board().id(), m.board().name(), m.date(), m.startTime(), m.venue(), m.cycle(), m.status().name(),
				m.minutesPublished(), m.items().stream().map(ItemJson::of).toList(), m.actions().stream().map(a -> ActionJson.of(a, today)).toList());
	}

	@GetMapping("/api/v1/meetings/{id}/pack.pdf")
	@Operation(summary = "The meeting pack as a tagged PDF (PDF/UA-1)", description = "Exempt items the reader may not see are left out.")
	ResponseEntity<byte[]> pack(@PathVariable long id, Authentication auth) {
		return pages.download(id, auth, Format.PDF);
	}

	@GetMapping("/api/v1/actions")
	@Operation(summary = "Actions across every board", description = "status: open, overdue (open and past its due date), done, cancelled; "
			+ "board: a board's slug or id. Without status, every action.")
	List<ActionJson> actions(@RequestParam(required = false) String status, @RequestParam(required = false) String board, Authentication auth) {
		LocalDate today = boards.today();
		return boards.actions(boards.reader(auth), status, board).stream().map(a -> ActionJson.of(a, today)).toList();
	}
}
