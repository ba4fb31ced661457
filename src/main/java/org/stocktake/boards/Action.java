package org.stocktake.boards;

import java.time.LocalDate;

/** An action from the note of a meeting; it is overdue while open after its due date. */
public record Action(long id, long meetingId, long boardId, String boardSlug, String boardName, LocalDate meetingDate, Long itemId,
		Integer itemNumber, boolean itemExempt, String description, String owner, LocalDate dueDate, ActionStatus status, boolean notePublished) {

	public boolean overdueOn(LocalDate today) {
		return status == ActionStatus.OPEN && dueDate.isBefore(today);
	}
}
