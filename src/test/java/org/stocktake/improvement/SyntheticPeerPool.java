package org.stocktake.improvement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.register.Area;

/**
 * A generated pool of peers for the team-proposal tests and benchmark: fictitious people named
 * "Synthetic benchmark peer n" at real authorities from the register, with random skills, roles,
 * parties, conflicts, blocked dates and accreditation from a fixed seed. Callers insert it inside a
 * transaction they roll back, so it is never committed and never shown in the app.
 */
final class SyntheticPeerPool {

	static final String REF_PREFIX = "synthetic-benchmark-";

	private static final String[] SKILLS = { "local-context-and-priorities", "financial-planning-and-viability",
			"political-and-managerial-leadership", "governance-and-decision-making", "organisational-capacity", "finance", "fire-and-rescue",
			"childrens-safeguarding", "childrens-care-practice", "safeguarding-partnerships", "libraries", "culture" };

	private static final String[] PARTIES = { "CONSERVATIVE", "LABOUR", "LIBERAL_DEMOCRAT", "GREEN", "INDEPENDENT", "REFORM_UK" };

	/** One peer to insert; tests add their own besides the generated ones. */
	record Spec(String ref, String name, String type, String areaCode, String party, List<String> skills, List<String> currentRoles,
			List<String> formerRoles, List<String> conflictAreaCodes, LocalDate blockedFrom, LocalDate blockedTo, LocalDate accreditationExpires) {
	}

	private SyntheticPeerPool() {
	}

	/** {@code n} generated peers spread over {@code areas}, from a fixed seed so every run is the same pool. */
	static List<Spec> generate(int n, List<Area> areas, LocalDate today, long seed) {
		Random random = new Random(seed);
		List<Spec> specs = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			boolean councillor = random.nextBoolean();
			Area area = areas.get(random.nextInt(areas.size()));
			List<String> skills = new ArrayList<>();
			int count = 1 + random.nextInt(3);
			while (skills.size() < count) {
				String s = SKILLS[random.nextInt(SKILLS.length)];
				if (!skills.contains(s)) {
					skills.add(s);
				}
			}
			List<String> current = new ArrayList<>();
			List<String> former = new ArrayList<>();
			int r = random.nextInt(100);
			if (councillor) {
				if (r < 10) {
					current.add("LEADER");
				}
				else if (r < 20) {
					former.add("LEADER");
				}
				else if (r < 45) {
					current.add("CABINET_MEMBER");
				}
			}
			else if (r < 15) {
				current.add("CHIEF_EXECUTIVE");
			}
			else if (r < 25) {
				former.add("CHIEF_EXECUTIVE");
			}
			else if (r < 35) {
				current.add("DIRECTOR_OF_CHILDRENS_SERVICES");
			}
			else if (r < 40) {
				current.add("CHIEF_FINANCE_OFFICER");
			}
			else if (r < 45) {
				current.add("CHIEF_FIRE_OFFICER");
			}
			List<String> conflicts = random.nextInt(20) == 0 ? List.of(areas.get(random.nextInt(areas.size())).code()) : List.of();
			LocalDate blockedFrom = null;
			LocalDate blockedTo = null;
			if (random.nextInt(5) == 0) {
				blockedFrom = today.plusDays(random.nextInt(180));
				blockedTo = blockedFrom.plusDays(random.nextInt(21));
			}
			int a = random.nextInt(10);
			LocalDate expires = a == 0 ? today.minusDays(1 + random.nextInt(365)) : a < 8 ? today.plusDays(30 + random.nextInt(1000)) : null;
			specs.add(new Spec(REF_PREFIX + seed + "-" + i, "Synthetic benchmark peer " + i, councillor ? "COUNCILLOR" : "OFFICER", area.code(),
					councillor ? PARTIES[random.nextInt(PARTIES.length)] : null, skills, current, former, conflicts, blockedFrom, blockedTo, expires));
		}
		return specs;
	}

	/** Inserts the people and their peer records in batches; returns the directory ids in the order given. */
	static List<Long> insert(JdbcTemplate jdbc, List<Spec> specs, LocalDate today) {
		jdbc.batchUpdate("insert into person (ref, name, person_type, area_code, party, fictitious) values (?, ?, ?, ?, ?, true)", specs, 500,
				(ps, s) -> {
					ps.setString(1, s.ref());
					ps.setString(2, s.name());
					ps.setString(3, s.type());
					ps.setString(4, s.areaCode());
					ps.setString(5, s.party());
				});
		List<Long> ids = new ArrayList<>(specs.size());
		for (List<Spec> chunk : chunks(specs, 1000)) {
			String refs = String.join(",", chunk.stream().map(s -> "'" + s.ref().replace("'", "''") + "'").toList());
			java.util.Map<String, Long> byRef = new java.util.HashMap<>();
			jdbc.query("select ref, id from person where ref in (" + refs + ")", rs -> {
				byRef.put(rs.getString(1), rs.getLong(2));
			});
			chunk.forEach(s -> ids.add(byRef.get(s.ref())));
		}
		List<Object[]> peers = new ArrayList<>();
		List<Object[]> skills = new ArrayList<>();
		List<Object[]> roles = new ArrayList<>();
		List<Object[]> conflicts = new ArrayList<>();
		List<Object[]> blocked = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			Spec s = specs.get(i);
			long id = ids.get(i);
			peers.add(new Object[] { id, s.accreditationExpires() == null ? null : Date.valueOf(s.accreditationExpires()) });
			s.skills().forEach(k -> skills.add(new Object[] { id, k }));
			s.currentRoles().forEach(r -> roles.add(new Object[] { id, r, Date.valueOf(today.minusYears(2)), null }));
			s.formerRoles().forEach(r -> roles.add(new Object[] { id, r, Date.valueOf(today.minusYears(6)), Date.valueOf(today.minusYears(1)) }));
			s.conflictAreaCodes().forEach(c -> conflicts.add(new Object[] { id, c }));
			if (s.blockedFrom() != null) {
				blocked.add(new Object[] { id, Date.valueOf(s.blockedFrom()), Date.valueOf(s.blockedTo()) });
			}
		}
		jdbc.batchUpdate("insert into peer (person_id, accreditation_expires, created_by) values (?, ?, 'synthetic-benchmark')", peers);
		jdbc.batchUpdate("insert into peer_skill_held (person_id, skill_id) values (?, ?)", skills);
		jdbc.batchUpdate("insert into person_role (person_id, role_type, start_date, end_date) values (?, ?, ?, ?)", roles);
		jdbc.batchUpdate("insert into peer_conflict (person_id, area_code) values (?, ?)", conflicts);
		jdbc.batchUpdate("insert into peer_unavailable (person_id, from_date, to_date) values (?, ?, ?)", blocked);
		return ids;
	}

	private static <T> List<List<T>> chunks(List<T> all, int size) {
		List<List<T>> out = new ArrayList<>();
		for (int i = 0; i < all.size(); i += size) {
			out.add(all.subList(i, Math.min(all.size(), i + size)));
		}
		return out;
	}
}
