package org.stocktake.leadership;

import java.time.LocalDate;
import java.util.List;

import org.stocktake.people.Party;

/**
 * An event of a programme: a cohort ("Leadership Academy 152") or a one-off course ("Leadership
 * Essentials: Children Services 11"), with its modules. {@code eligibleParty}, when set, limits
 * bookings to one political group (Next Generation runs a cohort per group). {@code booked} counts
 * BOOKED and ATTENDED places; {@code waiting} the waiting list.
 */
public record LeadershipEvent(long id, String programmeCode, String programmeName, String title, String cohort, LocalDate startsOn,
		LocalDate endsOn, String venue, Integer capacity, String partner, Party eligibleParty, List<EventModule> modules, int booked,
		int waiting) {

	public LeadershipEvent {
		modules = List.copyOf(modules);
	}

	public boolean full() {
		return capacity != null && booked >= capacity;
	}

	public Integer placesLeft() {
		return capacity == null ? null : Math.max(0, capacity - booked);
	}

	/** The day the event ends: its last module's date, else its end or start date. */
	public LocalDate lastDay() {
		LocalDate last = modules.stream().map(EventModule::heldOn).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
		return last != null ? last : endsOn != null ? endsOn : startsOn;
	}
}
