package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** One line of a council's action plan: a recommendation, the action on it, its owner, due date and status. */
public record PlannedAction(long id, long challengeId, String recommendation, String action, String owner, LocalDate dueDate,
		Status status, String updatedBy) {

	/** Open and past its due date. */
	public boolean overdue(LocalDate today) {
		return status == Status.OPEN && dueDate.isBefore(today);
	}

	public enum Status {
		OPEN, DONE, CANCELLED;

		public String messageKey() {
			return "action.status." + name();
		}

		public static Optional<Status> parse(String text) {
			return text == null ? Optional.empty()
					: Arrays.stream(values()).filter(s -> s.name().equals(text.trim().toUpperCase(Locale.ROOT))).findFirst();
		}
	}
}
