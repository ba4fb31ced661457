package org.stocktake.boards;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting of a board as one reader may see it: its items (exempt ones redacted unless the reader
 * may see them) and, once the note is published or for those who prepare it, decisions and actions.
 */
public record Meeting(long id, Board board, LocalDate date, LocalTime startTime, String venue, String cycle, MeetingStatus status,
		boolean minutesPublished, List<AgendaItem> items, List<Action> actions, boolean readerSeesExempt, boolean readerManages) {

	public Meeting {
		items = List.copyOf(items);
		actions = List.copyOf(actions);
	}

	public String title() {
		return board.name() + ", " + date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
	}
}
