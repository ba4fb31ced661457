package org.stocktake.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.stocktake.improvement.Peer;

/**
 * A peer as the team proposal weighs them, loaded for the whole pool in one query: home authority
 * (stable code, GSS code, parent county), party, skills, declared conflicts (area codes), blocked
 * periods, roles held now and before, accreditation, and how much and how lately they served.
 */
public record PoolCandidate(long personId, String name, String type, String party, String areaCode, String gssCode, String areaName,
		String region, Set<String> skills, Set<String> conflicts, List<Peer.Unavailable> unavailable, Set<String> currentRoles,
		Set<String> formerRoles, LocalDate accreditationExpires, LocalDate lastOnSite, int peerDays) {

	public PoolCandidate {
		skills = Set.copyOf(skills);
		conflicts = Set.copyOf(conflicts);
		unavailable = List.copyOf(unavailable);
		currentRoles = Set.copyOf(currentRoles);
		formerRoles = Set.copyOf(formerRoles);
	}

	public boolean councillor() {
		return "COUNCILLOR".equals(type);
	}

	public boolean availableBetween(LocalDate from, LocalDate to) {
		return unavailable.stream().noneMatch(u -> !u.from().isAfter(to) && !u.to().isBefore(from));
	}
}
