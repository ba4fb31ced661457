package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.List;

/**
 * A peer in the pool: a councillor or council officer from the directory, with skills, accreditation,
 * declared conflicts (authorities they may not challenge besides their own), dates they cannot serve,
 * free tags, and the peer days they have given (weekdays on site with a challenge team) and when last used.
 */
public record Peer(long personId, String name, String type, String authorityGssCode, String authorityName, String specialism,
		List<String> skills, LocalDate accreditationExpires, List<String> conflicts, List<Unavailable> unavailable, int peerDays,
		LocalDate lastOnSite, List<String> tags) {

	public Peer {
		skills = List.copyOf(skills);
		tags = tags == null ? List.of() : List.copyOf(tags);
		conflicts = List.copyOf(conflicts);
		unavailable = List.copyOf(unavailable);
	}

	/** Whether any blocked period overlaps {@code from}–{@code to}. */
	public boolean availableBetween(LocalDate from, LocalDate to) {
		return unavailable.stream().noneMatch(u -> !u.from().isAfter(to) && !u.to().isBefore(from));
	}

	public record Unavailable(LocalDate from, LocalDate to) {
	}

	public record Skill(String id, String name) {
	}
}
