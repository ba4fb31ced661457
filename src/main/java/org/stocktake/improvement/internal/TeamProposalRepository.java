package org.stocktake.improvement.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.improvement.Peer;

/** The product team rules, the whole pool as candidates, and the proposals made with what was decided about them. */
@Repository
public class TeamProposalRepository {

	/** A product's team rules as held in improvement_product_team and improvement_product_skill. */
	public record Rules(String productId, int teamSize, boolean leadMember, boolean leadMemberSameGroup, Set<String> leadOfficerRoles,
			List<String> skills) {
	}

	/** A stored proposal; members in the order proposed. */
	public record Stored(long id, long challengeId, LocalDate onSiteStart, LocalDate onSiteEnd, int poolSize, List<String> requiredSkills,
			Map<String, Integer> excluded, List<String> uncoveredSkills, List<String> warnings, String proposedBy, OffsetDateTime proposedAt,
			Boolean accepted, String decisionReason, String decidedBy, List<Member> members) {
	}

	public record Member(long personId, String name, String type, String party, String gssCode, String areaName, String role,
			List<String> reasons) {
	}

	private final JdbcClient jdbc;

	TeamProposalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Rules> rules(String productId) {
		List<String> skills = jdbc.sql("""
				select s.skill_id from improvement_product_skill s join peer_skill k on k.id = s.skill_id
				where s.product_id = :p order by k.position
				""").param("p", productId).query(String.class).list();
		return jdbc.sql("select product_id, team_size, lead_member, lead_member_same_group, lead_officer_roles from improvement_product_team where product_id = :p")
			.param("p", productId)
			.query((rs, n) -> new Rules(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4), split(rs.getString(5)), skills))
			.optional();
	}

	/**
	 * Every peer in the pool as a candidate. Six plain queries merged here rather than one query of
	 * joined aggregates: their plans cannot go wrong when the planner's statistics are stale (a joined
	 * form took seconds on freshly filled tables), and together they answer in a few milliseconds.
	 * Peer days count weekdays on site of teams that went on site; blocked periods ending before
	 * {@code from} are left out as they cannot matter.
	 */
	public List<PoolCandidate> candidates(LocalDate today, LocalDate from) {
		Map<Long, Set<String>> skills = new HashMap<>();
		jdbc.sql("select person_id, skill_id from peer_skill_held").query((java.sql.ResultSet rs) -> {
			skills.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
		});
		Map<Long, Set<String>> conflicts = new HashMap<>();
		jdbc.sql("select person_id, area_code from peer_conflict").query((java.sql.ResultSet rs) -> {
			conflicts.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
		});
		Map<Long, List<Peer.Unavailable>> blocked = new HashMap<>();
		jdbc.sql("select person_id, from_date, to_date from peer_unavailable where to_date >= :from").param("from", from == null ? today : from)
			.query((java.sql.ResultSet rs) -> {
				blocked.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Peer.Unavailable(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
			});
		Map<Long, Set<String>> current = new HashMap<>();
		Map<Long, Set<String>> former = new HashMap<>();
		jdbc.sql("select r.person_id, r.role_type, r.start_date, r.end_date from person_role r where r.person_id in (select person_id from peer)")
			.query((java.sql.ResultSet rs) -> {
				LocalDate start = rs.getObject(3, LocalDate.class);
				LocalDate end = rs.getObject(4, LocalDate.class);
				if (end != null && end.isBefore(today)) {
					former.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
				}
				else if (start == null || !start.isAfter(today)) {
					current.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
				}
			});
		Map<Long, Object[]> used = new HashMap<>();
		jdbc.sql("""
				select t.person_id, max(c.on_site_start),
				       sum((select count(*) from generate_series(c.on_site_start, c.on_site_end, interval '1 day') d where extract(isodow from d) < 6))
				from peer_challenge_team t join peer_challenge c on c.id = t.challenge_id
				where c.on_site_start is not null group by t.person_id
				""").query((java.sql.ResultSet rs) -> {
			used.put(rs.getLong(1), new Object[] { rs.getObject(2, LocalDate.class), rs.getInt(3) });
		});
		return jdbc.sql("""
				select pe.person_id, pr.name, pr.person_type, pr.party, a.code, a.gss_code, a.name, a.region, pe.accreditation_expires
				from peer pe join person pr on pr.id = pe.person_id left join area a on a.code = pr.area_code
				""").query((rs, n) -> {
			long id = rs.getLong(1);
			Object[] u = used.get(id);
			return new PoolCandidate(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), skills.getOrDefault(id, Set.of()), conflicts.getOrDefault(id, Set.of()), blocked.getOrDefault(id, List.of()),
					current.getOrDefault(id, Set.of()), former.getOrDefault(id, Set.of()), rs.getObject(9, LocalDate.class),
					u == null ? null : (LocalDate) u[0], u == null ? 0 : (Integer) u[1]);
		}).list();
	}

	public long insert(long challengeId, LocalDate start, LocalDate end, int poolSize, List<String> requiredSkills, Map<String, Integer> excluded,
			List<String> uncovered, List<String> warnings, String actor, List<Member> members) {
		long id = jdbc.sql("""
				insert into team_proposal (challenge_id, on_site_start, on_site_end, pool_size, required_skills, excluded, uncovered_skills, warnings, proposed_by)
				values (:c, :s, :e, :n, :req, :ex, :un, :w, :actor) returning id
				""").param("c", challengeId).param("s", start).param("e", end).param("n", poolSize).param("req", String.join(",", requiredSkills))
			.param("ex", excluded.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")))
			.param("un", String.join(",", uncovered)).param("w", String.join("\n", warnings)).param("actor", actor)
			.query(Long.class).single();
		int position = 0;
		for (Member m : members) {
			jdbc.sql("insert into team_proposal_member (proposal_id, person_id, team_role, reasons, position) values (:p, :person, :role, :r, :pos)")
				.param("p", id).param("person", m.personId()).param("role", m.role()).param("r", String.join("\n", m.reasons()))
				.param("pos", position++).update();
		}
		return id;
	}

	public Optional<Stored> latest(long challengeId) {
		return jdbc.sql("select id from team_proposal where challenge_id = :c order by id desc limit 1").param("c", challengeId)
			.query(Long.class).optional().flatMap(this::find);
	}

	public Optional<Stored> find(long id) {
		List<Member> members = jdbc.sql("""
				select m.person_id, pr.name, pr.person_type, pr.party, a.gss_code, a.name, m.team_role, m.reasons
				from team_proposal_member m join person pr on pr.id = m.person_id left join area a on a.code = pr.area_code
				where m.proposal_id = :id order by m.position
				""").param("id", id).query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), List.of(rs.getString(8).split("\n")))).list();
		return jdbc.sql("""
				select id, challenge_id, on_site_start, on_site_end, pool_size, required_skills, excluded, uncovered_skills, warnings,
				  proposed_by, proposed_at, accepted, decision_reason, decided_by from team_proposal where id = :id
				""").param("id", id).query((rs, n) -> {
			Map<String, Integer> excluded = new LinkedHashMap<>();
			for (String pair : list(rs.getString(7))) {
				String[] kv = pair.split("=");
				excluded.put(kv[0], Integer.parseInt(kv[1]));
			}
			return new Stored(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5),
					list(rs.getString(6)), excluded, list(rs.getString(8)), rs.getString(9).isEmpty() ? List.of() : List.of(rs.getString(9).split("\n")),
					rs.getString(10), rs.getObject(11, OffsetDateTime.class), (Boolean) rs.getObject(12), rs.getString(13), rs.getString(14), members);
		}).optional();
	}

	public void decide(long proposalId, boolean accepted, String reason, String actor) {
		jdbc.sql("update team_proposal set accepted = :a, decision_reason = :r, decided_by = :actor, decided_at = now() where id = :id")
			.param("a", accepted).param("r", reason).param("actor", actor).param("id", proposalId).update();
	}

	private static List<String> list(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
	}

	private static Set<String> split(String joined) {
		return Set.copyOf(list(joined));
	}
}
