package org.stocktake.improvement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.improvement.ApplicationRound;
import org.stocktake.improvement.SupportEngagement;
import org.stocktake.improvement.SupportType;

/** Support engagements, application rounds and their bids in PostgreSQL. */
@Repository
public class SupportRepository {

	private static final String ENGAGEMENT = """
			select e.id, a.gss_code, a.name, a.region, e.support_type, e.adviser, e.start_date, e.end_date, e.outcome, e.savings_gbp, e.challenge_id
			from support_engagement e join area a on a.code = e.area_code
			""";

	private static final String ENGAGEMENT_FILTER = """
			where (cast(:type as varchar) is null or e.support_type = :type) and (cast(:area as varchar) is null or e.area_code = :area)
			  and (cast(:from as date) is null or coalesce(e.end_date, e.start_date) >= :from) and (cast(:to as date) is null or e.start_date <= :to)
			""";

	private final JdbcClient jdbc;

	SupportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertEngagement(String areaCode, SupportType type, String adviser, LocalDate start, LocalDate end, String outcome, BigDecimal savings,
			Long challengeId, String actor) {
		return jdbc.sql("""
				insert into support_engagement (area_code, support_type, adviser, start_date, end_date, outcome, savings_gbp, challenge_id, created_by)
				values (:area, :type, :adviser, :start, :end, :outcome, :savings, :challenge, :actor) returning id
				""").param("area", areaCode).param("type", type.name()).param("adviser", adviser).param("start", start).param("end", end)
			.param("outcome", outcome).param("savings", savings).param("challenge", challengeId).param("actor", actor).query(Long.class).single();
	}

	public Optional<SupportEngagement> engagement(long id) {
		return jdbc.sql(ENGAGEMENT + " where e.id = :id").param("id", id).query(SupportRepository::engagement).optional();
	}

	/** Engagements active at some time between {@code from} and {@code to} (either may be null), newest first. */
	public List<SupportEngagement> engagements(SupportType type, String areaCode, LocalDate from, LocalDate to, long offset, int limit) {
		return jdbc.sql(ENGAGEMENT + ENGAGEMENT_FILTER + " order by e.start_date desc, e.id desc offset :offset limit :limit")
			.params(filter(type, areaCode, from, to)).param("offset", offset).param("limit", limit).query(SupportRepository::engagement).list();
	}

	public long countEngagements(SupportType type, String areaCode, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) from support_engagement e " + ENGAGEMENT_FILTER).params(filter(type, areaCode, from, to))
			.query(Long.class).single();
	}

	/** Distinct authorities supported by each type within the dates, and over all types ("ALL"). */
	public Map<String, Integer> authoritiesByType(LocalDate from, LocalDate to) {
		Map<String, Integer> out = new LinkedHashMap<>();
		jdbc.sql("select e.support_type, count(distinct e.area_code) from support_engagement e " + ENGAGEMENT_FILTER + " group by 1 order by 1")
			.params(filter(null, null, from, to)).query((rs, n) -> out.put(rs.getString(1), rs.getInt(2))).list();
		out.put("ALL", jdbc.sql("select count(distinct e.area_code) from support_engagement e " + ENGAGEMENT_FILTER)
			.params(filter(null, null, from, to)).query(Integer.class).single());
		return out;
	}

	public BigDecimal savings(LocalDate from, LocalDate to) {
		return jdbc.sql("select coalesce(sum(e.savings_gbp), 0) from support_engagement e " + ENGAGEMENT_FILTER).params(filter(null, null, from, to))
			.query(BigDecimal.class).single();
	}

	public long insertRound(String programme, String name, LocalDate opened, LocalDate closed, LocalDate awarded, ApplicationRound.Figures reported,
			String source, String demoKey, String actor) {
		return jdbc.sql("""
				insert into application_round (programme, name, opened_on, closed_on, awarded_on, bids_received, authorities_in_bids, awards,
				  authorities_in_awards, source, demo_key, created_by)
				values (:programme, :name, :opened, :closed, :awarded, :bids, :inBids, :awards, :inAwards, :source, :demo, :actor)
				on conflict (demo_key) do nothing returning id
				""").param("programme", programme).param("name", name).param("opened", opened).param("closed", closed).param("awarded", awarded)
			.param("bids", reported.bids()).param("inBids", reported.authoritiesInBids()).param("awards", reported.awards())
			.param("inAwards", reported.authoritiesInAwards()).param("source", source).param("demo", demoKey).param("actor", actor)
			.query(Long.class).optional().orElse(-1L);
	}

	public boolean demoRoundExists(String key) {
		return jdbc.sql("select count(*) from application_round where demo_key = :k").param("k", key).query(Long.class).single() > 0;
	}

	public List<ApplicationRound> rounds(long offset, int limit) {
		return jdbc.sql(ROUND + " order by coalesce(r.closed_on, r.opened_on, r.awarded_on) desc nulls last, r.id desc offset :offset limit :limit")
			.param("offset", offset).param("limit", limit).query(SupportRepository::round).list();
	}

	public long countRounds() {
		return jdbc.sql("select count(*) from application_round").query(Long.class).single();
	}

	public Optional<ApplicationRound> round(long id) {
		return jdbc.sql(ROUND + " where r.id = :id").param("id", id).query(SupportRepository::round).optional();
	}

	private static final String ROUND = """
			select r.id, r.programme, r.name, r.opened_on, r.closed_on, r.awarded_on, r.bids_received, r.authorities_in_bids, r.awards,
			  r.authorities_in_awards, r.source,
			  (select count(*) from application_bid b where b.round_id = r.id),
			  (select count(distinct x.code) from application_bid b cross join lateral (select b.lead_area as code union select ba.area_code
			     from application_bid_area ba where ba.bid_id = b.id) x where b.round_id = r.id),
			  (select count(*) from application_bid b where b.round_id = r.id and b.status = 'AWARDED'),
			  (select count(distinct x.code) from application_bid b cross join lateral (select b.lead_area as code union select ba.area_code
			     from application_bid_area ba where ba.bid_id = b.id) x where b.round_id = r.id and b.status = 'AWARDED'),
			  (select sum(b.amount_gbp) from application_bid b where b.round_id = r.id and b.status = 'AWARDED')
			from application_round r
			""";

	public long insertBid(long roundId, String leadAreaCode, List<String> partnerAreaCodes, String title, String actor) {
		long id = jdbc.sql("insert into application_bid (round_id, lead_area, title, created_by) values (:r, :lead, :title, :actor) returning id")
			.param("r", roundId).param("lead", leadAreaCode).param("title", title).param("actor", actor).query(Long.class).single();
		partnerAreaCodes.forEach(a -> jdbc.sql("insert into application_bid_area (bid_id, area_code) values (:b, :a) on conflict do nothing")
			.param("b", id).param("a", a).update());
		return id;
	}

	public void decideBid(long bidId, ApplicationRound.Status status, String assessment, BigDecimal amount) {
		jdbc.sql("update application_bid set status = :s, assessment = :note, amount_gbp = :amount where id = :id").param("s", status.name())
			.param("note", assessment).param("amount", amount).param("id", bidId).update();
	}

	public List<ApplicationRound.Bid> bids(long roundId) {
		return jdbc.sql("""
				select b.id, b.round_id, a.gss_code, a.name,
				  array(select pa.gss_code from application_bid_area ba join area pa on pa.code = ba.area_code where ba.bid_id = b.id order by 1),
				  b.title, b.status, b.assessment, b.amount_gbp
				from application_bid b join area a on a.code = b.lead_area where b.round_id = :r order by b.id
				""").param("r", roundId).query((rs, n) -> new ApplicationRound.Bid(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						List.of((String[]) rs.getArray(5).getArray()), rs.getString(6), ApplicationRound.Status.valueOf(rs.getString(7)), rs.getString(8),
						rs.getBigDecimal(9))).list();
	}

	private static Map<String, Object> filter(SupportType type, String areaCode, LocalDate from, LocalDate to) {
		Map<String, Object> p = new HashMap<>();
		p.put("type", type == null ? null : type.name());
		p.put("area", areaCode);
		p.put("from", from);
		p.put("to", to);
		return p;
	}

	private static SupportEngagement engagement(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long challenge = rs.getLong(11);
		return new SupportEngagement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), SupportType.valueOf(rs.getString(5)),
				rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9), rs.getBigDecimal(10),
				rs.wasNull() ? null : challenge);
	}

	private static ApplicationRound round(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		ApplicationRound.Figures reported = new ApplicationRound.Figures((Integer) rs.getObject(7), (Integer) rs.getObject(8),
				(Integer) rs.getObject(9), (Integer) rs.getObject(10));
		ApplicationRound.Figures recorded = new ApplicationRound.Figures(rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15));
		return new ApplicationRound(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
				rs.getObject(6, LocalDate.class), reported, recorded, rs.getBigDecimal(16), rs.getString(11));
	}
}
