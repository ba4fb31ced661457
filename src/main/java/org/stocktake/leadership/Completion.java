package org.stocktake.leadership;

import java.time.LocalDate;

/**
 * Attendance and completion of one event: places held, those who came to at least one module, those
 * who completed (every module marked attended, or ATTENDED with no module marked), cancellations and
 * the waiting list.
 */
public record Completion(long eventId, String programmeCode, String title, LocalDate startsOn, int modules, int booked, int attended,
		int completed, int cancelled, int waiting) {
}
