package org.stocktake.leadership;

import java.time.LocalDate;

/** One module of an event ("Module 2"), where attendance and evaluations are recorded. Its date may be unknown. */
public record EventModule(long id, long eventId, int number, LocalDate heldOn, String venue) {
}
