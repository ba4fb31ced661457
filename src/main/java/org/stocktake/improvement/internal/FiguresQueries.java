package org.stocktake.improvement.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.improvement.Figures;

/** The boards' figures as SQL; a challenge is delivered in the period its first day on site falls in. */
@Repository
public class FiguresQueries {

	private final JdbcClient jdbc;

	FiguresQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Delivered per financial quarter (Q1 = April to June) of the year starting {@code from}. */
	public List<Figures.Row> byQuarter(LocalDate from) {
		return jdbc.sql("""
				select q, count(c.id) from generate_series(1, 4) q
				left join peer_challenge c on c.on_site_start >= :from and c.on_site_start < :to
				  and (((extract(month from c.on_site_start)::int + 8) % 12) / 3 + 1) = q
				group by q order by q
				""").param("from", from).param("to", from.plusYears(1))
			.query((rs, n) -> new Figures.Row("Q" + rs.getInt(1), "Q" + rs.getInt(1), rs.getInt(2))).list();
	}

	public List<Figures.Row> byProduct(LocalDate from) {
		return jdbc.sql("""
				select p.id, p.name, count(c.id) from improvement_product p
				left join peer_challenge c on c.product_id = p.id and c.on_site_start >= :from and c.on_site_start < :to
				group by p.id, p.name, p.position order by p.position
				""").param("from", from).param("to", from.plusYears(1))
			.query((rs, n) -> new Figures.Row(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
	}

	/** Region codes and area types as keys; the caller names them. */
	public List<Figures.Row> byAreaColumn(String column, LocalDate from) {
		String col = column.equals("region") ? "a.region" : "a.type";
		return jdbc.sql("select coalesce(" + col + ", ''), count(*) from peer_challenge c join area a on a.code = c.area_code "
				+ "where c.on_site_start >= :from and c.on_site_start < :to group by 1 order by 1")
			.param("from", from).param("to", from.plusYears(1))
			.query((rs, n) -> new Figures.Row(rs.getString(1), rs.getString(1), rs.getInt(2))).list();
	}

	/** Delivered per financial year, for every year with a visit. */
	public List<Figures.Row> byYear() {
		return jdbc.sql("""
				select extract(year from c.on_site_start - interval '3 months')::int as y, count(*) from peer_challenge c
				where c.on_site_start is not null group by 1 order by 1
				""").query((rs, n) -> {
			int y = rs.getInt(1);
			String fy = y + "/" + String.format("%02d", (y + 1) % 100);
			return new Figures.Row(fy, fy, rs.getInt(2));
		}).list();
	}

	/** Of the year's visits whose report was agreed, how many were published (the rest declined or still pending). */
	public Figures.Rate publication(LocalDate from) {
		return jdbc.sql("""
				select count(*) filter (where c.published_on is not null), count(*) from peer_challenge c
				where c.on_site_start >= :from and c.on_site_start < :to
				  and exists (select 1 from peer_challenge_step s where s.challenge_id = c.id and s.to_state = 'REPORT_AGREED')
				""").param("from", from).param("to", from.plusYears(1))
			.query((rs, n) -> new Figures.Rate(rs.getInt(1), rs.getInt(2))).single();
	}

	/** Of the year's visits whose report was published or declined, how many sent an action plan. */
	public Figures.Rate actionPlans(LocalDate from) {
		return jdbc.sql("""
				select count(*) filter (where exists (select 1 from peer_challenge_step s where s.challenge_id = c.id and s.to_state = 'ACTION_PLAN_RECEIVED')),
				  count(*) from peer_challenge c
				where c.on_site_start >= :from and c.on_site_start < :to
				  and exists (select 1 from peer_challenge_step s where s.challenge_id = c.id and s.to_state in ('PUBLISHED', 'PUBLICATION_DECLINED'))
				""").param("from", from).param("to", from.plusYears(1))
			.query((rs, n) -> new Figures.Rate(rs.getInt(1), rs.getInt(2))).single();
	}

	/** Peer days (weekdays on site per team member) of the year's visits, by the peer's authority, most first. */
	public List<Figures.Row> peerDaysByAuthority(LocalDate from) {
		return jdbc.sql("""
				select coalesce(a.gss_code, ''), coalesce(a.name, ''), sum((select count(*) from generate_series(c.on_site_start, c.on_site_end, interval '1 day') d
				       where extract(isodow from d) < 6))
				from peer_challenge_team t join peer_challenge c on c.id = t.challenge_id join person p on p.id = t.person_id
				left join area a on a.code = p.area_code
				where c.on_site_start >= :from and c.on_site_start < :to group by 1, 2 order by 3 desc, 2
				""").param("from", from).param("to", from.plusYears(1))
			.query((rs, n) -> new Figures.Row(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
	}
}
