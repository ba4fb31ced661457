package org.stocktake.leadership;

import java.time.LocalDate;
import java.util.List;

import org.stocktake.people.Party;

/** What an officer gives to set up an event; {@code moduleDates} has one entry per module (a date may be null). */
public record NewEvent(String programmeCode, String title, String cohort, LocalDate startsOn, LocalDate endsOn, String venue, Integer capacity,
		String partner, Party eligibleParty, List<LocalDate> moduleDates) {

	public NewEvent {
		moduleDates = moduleDates == null ? List.of() : new java.util.ArrayList<>(moduleDates);
	}
}
