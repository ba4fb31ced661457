package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.List;

/**
 * The state of the peer pool on a day: each skill's peers against the financial year's demand (the
 * challenges enquired about or visiting in the year whose product needs the skill), who the pool
 * holds by region, type and party, and the peers to act on: accreditation expired or expiring within
 * {@link #EXPIRY_WARNING_DAYS} days, unused for over a year, and overused (more than
 * {@link #OVERUSED_DAYS} peer days in the last twelve months).
 */
public record PoolHealth(LocalDate today, String financialYear, int peers, List<SkillSupply> skills, List<Count> byType,
		List<Count> byRegion, List<Count> byParty, List<PeerLine> expiring, List<PeerLine> unused, List<PeerLine> overused) {

	public static final int EXPIRY_WARNING_DAYS = 90;

	/** Two five-day visits in a year is a fair share; more than that is flagged. */
	public static final int OVERUSED_DAYS = 10;

	public PoolHealth {
		skills = List.copyOf(skills);
		byType = List.copyOf(byType);
		byRegion = List.copyOf(byRegion);
		byParty = List.copyOf(byParty);
		expiring = List.copyOf(expiring);
		unused = List.copyOf(unused);
		overused = List.copyOf(overused);
	}

	/** A skill's supply (accredited peers holding it) against demand; short when fewer peers than challenges need it. */
	public record SkillSupply(String skill, String name, int peers, int demand) {

		public boolean shortSupply() {
			return peers < demand;
		}
	}

	/** Peers counted under a key (a type, a region's code, a party), with what to call it. */
	public record Count(String key, String label, int peers) {
	}

	public record PeerLine(long personId, String name, String type, String authorityName, LocalDate accreditationExpires, LocalDate lastOnSite,
			int peerDaysLastYear) {
	}

	public List<SkillSupply> shortSkills() {
		return skills.stream().filter(SkillSupply::shortSupply).toList();
	}
}
