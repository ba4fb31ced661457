package org.stocktake.people;

import java.time.LocalDate;

import org.stocktake.register.Region;

/**
 * A role a person holds or held: {@code title} says more (a cabinet member's portfolio), {@code region}
 * is the region an association officer is responsible for. Dates may be unknown.
 */
public record PersonRole(long id, RoleType type, String title, Region region, LocalDate startDate, LocalDate endDate) {

	/** Whether the role is held on {@code day}. */
	public boolean heldOn(LocalDate day) {
		return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
	}
}
