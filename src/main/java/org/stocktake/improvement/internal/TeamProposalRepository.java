package org.stocktake.improvement.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
	 * Every peer in the pool as a candidate, in one query so that a pool of thousands answers quickly.
	 * Peer days count weekdays on site of teams that went on site; blocked periods before
	 * {@code from} are left out as they cannot matter.
	 */
	public List<PoolCandidate> candidates(LocalDate today, LocalDate from) {
		return jdbc.sql("""
				with used as (
				  select t.person_id, max(c.on_site_start) as last_on_site,
				         sum((select count(*) from generate_series(c.on_site_start, c.on_site_end, interval '1 day') d
				              where extract(isodow from d) < 6)) as peer_days
				  from peer_challenge_team t join peer_challenge c on c.id = t.challenge_id
				  where c.on_site_start is not null group by t.person_id),
				skills as (select person_id, string_agg(skill_id, ',') as ids from peer_skill_held group by person_id),
				conflicts as (select person_id, string_agg(area_code, ',') as codes from peer_conflict group by person_id),
				blocked as (select person_id, string_agg(from_date || '/' || to_date, ',') as periods from peer_unavailable
				            where to_date >= :from group by person_id),
				roles as (select r.person_id,
				            string_agg(r.role_type, ',') filter (where (r.end_date is null or r.end_date >= :today)
				                                                  and (r.start_date is null or r.start_date <= :today)) as now_held,
				            string_agg(r.role_type, ',') filter (where r.end_date < :today) as before_held
				          from person_role r join peer pe on pe.person_id = r.person_id group by r.person_id)
				select pe.person_id, pr.name, pr.person_type, pr.party, a.code, a.gss_code, a.name, a.region,
				  skills.ids, conflicts.codes, blocked.periods, roles.now_held, roles.before_held,
				  pe.accreditation_expires, used.last_on_site, coalesce(used.peer_days, 0)
				from peer pe join person pr on pr.id = pe.person_id left join area a on a.code = pr.area_code
				left join used on used.person_id = pe.person_id left join skills on skills.person_id = pe.person_id
				left join conflicts on conflicts.person_id = pe.person_id left join blocked on blocked.person_id = pe.person_id
				left join roles on roles.person_id = pe.person_id
				""").param("today", today).param("from", from == null ? today : from)
			.query((rs, n) -> new PoolCandidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getString(8), split(rs.getString(9)), split(rs.getString(10)),
					list(rs.getString(11)).stream().map(TeamProposalRepository::period).toList(), split(rs.getString(12)),
					split(rs.getString(13)), rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class), rs.getInt(16)))
			.list();
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

	private static Peer.Unavailable period(String text) {
		String[] parts = text.split("/");
		return new Peer.Unavailable(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
	}
}
