package org.stocktake.improvement.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.improvement.Peer;

/** The peer pool in PostgreSQL; peer days are counted from the teams of challenges that went on site. */
@Repository
public class PeerRepository {

	private final JdbcClient jdbc;

	PeerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Peer.Skill> skills() {
		return jdbc.sql("select id, name from peer_skill order by position").query((rs, n) -> new Peer.Skill(rs.getString(1), rs.getString(2))).list();
	}

	public boolean exists(long personId) {
		return jdbc.sql("select count(*) from peer where person_id = :p").param("p", personId).query(Long.class).single() > 0;
	}

	/** Creates or replaces the peer's record. */
	public void save(long personId, String specialism, LocalDate expires, List<String> skills, List<String> conflictAreaCodes,
			List<Peer.Unavailable> unavailable, List<String> tags, String actor) {
		jdbc.sql("""
				insert into peer (person_id, specialism, accreditation_expires, created_by) values (:p, :s, :e, :actor)
				on conflict (person_id) do update set specialism = excluded.specialism,
				  accreditation_expires = excluded.accreditation_expires, updated_at = now()
				""").param("p", personId).param("s", specialism).param("e", expires).param("actor", actor).update();
		jdbc.sql("delete from peer_skill_held where person_id = :p").param("p", personId).update();
		jdbc.sql("delete from peer_conflict where person_id = :p").param("p", personId).update();
		jdbc.sql("delete from peer_unavailable where person_id = :p").param("p", personId).update();
		jdbc.sql("delete from peer_tag where person_id = :p").param("p", personId).update();
		tags.forEach(t -> jdbc.sql("insert into peer_tag (person_id, tag) values (:p, :t) on conflict do nothing").param("p", personId).param("t", t).update());
		skills.forEach(s -> jdbc.sql("insert into peer_skill_held (person_id, skill_id) values (:p, :s)").param("p", personId).param("s", s).update());
		conflictAreaCodes.forEach(a -> jdbc.sql("insert into peer_conflict (person_id, area_code) values (:p, :a) on conflict do nothing")
			.param("p", personId).param("a", a).update());
		unavailable.forEach(u -> jdbc.sql("insert into peer_unavailable (person_id, from_date, to_date) values (:p, :f, :t) on conflict do nothing")
			.param("p", personId).param("f", u.from()).param("t", u.to()).update());
	}

	/** Peers, optionally only those holding {@code skill}, by name; {@code offset}/{@code limit} page them. */
	public List<Peer> list(String skill, Long personId, long offset, int limit) {
		Map<String, Object> p = new HashMap<>();
		p.put("skill", skill);
		p.put("person", personId);
		p.put("offset", offset);
		p.put("limit", limit);
		List<Peer> peers = jdbc.sql("""
				select pe.person_id, pr.name, pr.person_type, a.gss_code, a.name as area_name, pe.specialism, pe.accreditation_expires,
				  coalesce((select sum((select count(*) from generate_series(c.on_site_start, c.on_site_end, interval '1 day') d
				                        where extract(isodow from d) < 6))
				            from peer_challenge_team t join peer_challenge c on c.id = t.challenge_id
				            where t.person_id = pe.person_id and c.on_site_start is not null), 0) as peer_days,
				  (select max(c.on_site_start) from peer_challenge_team t join peer_challenge c on c.id = t.challenge_id
				   where t.person_id = pe.person_id) as last_on_site
				from peer pe join person pr on pr.id = pe.person_id left join area a on a.code = pr.area_code
				where (cast(:skill as varchar) is null or exists (select 1 from peer_skill_held h where h.person_id = pe.person_id and h.skill_id = :skill))
				  and (cast(:person as bigint) is null or pe.person_id = :person)
				order by pr.name, pe.person_id offset :offset limit :limit
				""").params(p).query((rs, n) -> new Peer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), List.of(), rs.getObject(7, LocalDate.class), List.of(), List.of(), rs.getInt(8),
						rs.getObject(9, LocalDate.class), List.of())).list();
		return peers.stream().map(this::withDetails).toList();
	}

	public long count(String skill) {
		return jdbc.sql("""
				select count(*) from peer pe where (cast(:skill as varchar) is null
				  or exists (select 1 from peer_skill_held h where h.person_id = pe.person_id and h.skill_id = :skill))
				""").param("skill", skill).query(Long.class).single();
	}

	/** GSS codes of the authorities a person has declared a conflict with. */
	public List<String> conflicts(long personId) {
		return jdbc.sql("select a.gss_code from peer_conflict c join area a on a.code = c.area_code where c.person_id = :p order by 1")
			.param("p", personId).query(String.class).list();
	}

	private Peer withDetails(Peer p) {
		List<String> skills = jdbc.sql("select skill_id from peer_skill_held h join peer_skill s on s.id = h.skill_id where person_id = :p order by s.position")
			.param("p", p.personId()).query(String.class).list();
		List<Peer.Unavailable> blocked = jdbc.sql("select from_date, to_date from peer_unavailable where person_id = :p order by from_date")
			.param("p", p.personId())
			.query((rs, n) -> new Peer.Unavailable(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).list();
		List<String> tags = jdbc.sql("select tag from peer_tag where person_id = :p order by tag").param("p", p.personId()).query(String.class).list();
		return new Peer(p.personId(), p.name(), p.type(), p.authorityGssCode(), p.authorityName(), p.specialism(), skills,
				p.accreditationExpires(), conflicts(p.personId()), blocked, p.peerDays(), p.lastOnSite(), tags);
	}
}
