package org.stocktake.improvement.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.improvement.PoolHealth;

/** The pool-health figures as SQL over the pool, the teams and the challenges. */
@Repository
public class PoolHealthQueries {

	private static final String USED = """
			with used as (
			  select t.person_id, max(c.on_site_start) as last_on_site,
			         sum(case when c.on_site_start >= :yearAgo then (select count(*) from generate_series(c.on_site_start, c.on_site_end, interval '1 day') d
			                   where extract(isodow from d) < 6) else 0 end) as days_last_year
			  from peer_challenge_team t join peer_challenge c on c.id = t.challenge_id
			  where c.on_site_start is not null group by t.person_id)
			""";

	private static final String LINE = """
			select pe.person_id, pr.name, pr.person_type, a.name, pe.accreditation_expires, used.last_on_site, coalesce(used.days_last_year, 0)
			from peer pe join person pr on pr.id = pe.person_id left join area a on a.code = pr.area_code left join used on used.person_id = pe.person_id
			""";

	private final JdbcClient jdbc;

	PoolHealthQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int peers() {
		return jdbc.sql("select count(*) from peer").query(Integer.class).single();
	}

	/** Per skill in the list's order: accredited peers holding it, and challenges of the year whose product needs it. */
	public List<PoolHealth.SkillSupply> skills(LocalDate today, LocalDate yearStart, LocalDate yearEnd) {
		return jdbc.sql("""
				select s.id, s.name,
				  (select count(*) from peer_skill_held h join peer pe on pe.person_id = h.person_id
				   where h.skill_id = s.id and (pe.accreditation_expires is null or pe.accreditation_expires >= :today)),
				  (select count(*) from peer_challenge c join improvement_product_skill ps on ps.product_id = c.product_id
				   where ps.skill_id = s.id and ((c.enquiry_on between :from and :to) or (c.on_site_start between :from and :to)))
				from peer_skill s order by s.position
				""").param("today", today).param("from", yearStart).param("to", yearEnd)
			.query((rs, n) -> new PoolHealth.SkillSupply(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
	}

	public List<Object[]> byType() {
		return jdbc.sql("select pr.person_type, count(*) from peer pe join person pr on pr.id = pe.person_id group by 1 order by 1")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) }).list();
	}

	public List<Object[]> byRegion() {
		return jdbc.sql("""
				select coalesce(a.region, ''), count(*) from peer pe join person pr on pr.id = pe.person_id left join area a on a.code = pr.area_code
				group by 1 order by 1
				""").query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) }).list();
	}

	public List<Object[]> byParty() {
		return jdbc.sql("""
				select coalesce(pr.party, ''), count(*) from peer pe join person pr on pr.id = pe.person_id
				where pr.person_type = 'COUNCILLOR' group by 1 order by 2 desc, 1
				""").query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) }).list();
	}

	public List<PoolHealth.PeerLine> expiring(LocalDate today, LocalDate by) {
		return lines(USED + LINE + " where pe.accreditation_expires <= :by order by pe.accreditation_expires, pr.name", today, by);
	}

	/** Not on site for over a year — or never, having joined the pool over a year ago. */
	public List<PoolHealth.PeerLine> unused(LocalDate today) {
		return lines(USED + LINE + " where coalesce(used.last_on_site, cast(pe.created_at as date)) < :yearAgo order by used.last_on_site nulls first, pr.name",
				today, null);
	}

	public List<PoolHealth.PeerLine> overused(LocalDate today, int days) {
		return jdbc.sql(USED + LINE + " where coalesce(used.days_last_year, 0) > :days order by 7 desc, pr.name")
			.param("yearAgo", today.minusYears(1)).param("days", days).query(PoolHealthQueries::line).list();
	}

	private List<PoolHealth.PeerLine> lines(String sql, LocalDate today, LocalDate by) {
		var spec = jdbc.sql(sql).param("yearAgo", today.minusYears(1));
		if (by != null) {
			spec = spec.param("by", by);
		}
		return spec.query(PoolHealthQueries::line).list();
	}

	private static PoolHealth.PeerLine line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PoolHealth.PeerLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
				rs.getObject(6, LocalDate.class), rs.getInt(7));
	}
}
