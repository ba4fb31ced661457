package org.stocktake.improvement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.improvement.ChallengeState;
import org.stocktake.improvement.PeerChallenge.Step;
import org.stocktake.improvement.Product;
import org.stocktake.improvement.TeamMember;

/** The offer's products, peer challenges, their steps and teams, in PostgreSQL. */
@Repository
public class PeerChallengeRepository {

	/** A challenge as stored; the service adds its product, team and steps. */
	public record Row(long id, String areaCode, String areaGssCode, String areaName, String region, String productId, ChallengeState state,
			Long followsId, Long managerId, String managerName, String scope, String councilPriorities, String keyLines, LocalDate enquiryOn,
			LocalDate onSiteStart, LocalDate onSiteEnd, LocalDate publishedOn, String reportLink, String declinedReason,
			String closedReason) {
	}

	/** Filters with the authority already resolved to its register code. */
	public record Filter(ChallengeState state, String productId, String region, Integer year, String areaCode, boolean publishedOnly) {
	}

	private static final String SELECT = """
			select c.*, a.gss_code, a.name as area_name, a.region, p.name as manager_name
			from peer_challenge c join area a on a.code = c.area_code left join person p on p.id = c.challenge_manager_id
			""";

	private final JdbcClient jdbc;

	PeerChallengeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Product> products() {
		return jdbc.sql("select * from improvement_product order by position")
			.query((rs, n) -> new Product(rs.getString("id"), rs.getString("name"), (Integer) rs.getObject("days_on_site"),
					rs.getInt("max_days_on_site"), rs.getString("team_composition"), rs.getString("scope_template"), rs.getString("funding"),
					rs.getBoolean("refers_to_earlier")))
			.list();
	}

	public Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	public List<Row> search(Filter f, long offset, int limit) {
		Map<String, Object> p = new HashMap<>();
		String where = where(f, p);
		p.put("offset", offset);
		p.put("limit", limit);
		return jdbc.sql(SELECT + where + " order by coalesce(c.on_site_start, c.enquiry_on) desc, c.id desc offset :offset limit :limit")
			.params(p)
			.query((rs, n) -> row(rs))
			.list();
	}

	public long count(Filter f) {
		Map<String, Object> p = new HashMap<>();
		String where = where(f, p);
		return jdbc.sql("select count(*) from peer_challenge c join area a on a.code = c.area_code" + where)
			.params(p)
			.query(Long.class)
			.single();
	}

	private static String where(Filter f, Map<String, Object> p) {
		List<String> clauses = new ArrayList<>();
		if (f.state() != null) {
			clauses.add("c.state = :state");
			p.put("state", f.state().name());
		}
		if (f.productId() != null) {
			clauses.add("c.product_id = :product");
			p.put("product", f.productId());
		}
		if (f.region() != null) {
			clauses.add("a.region = :region");
			p.put("region", f.region());
		}
		if (f.year() != null) {
			clauses.add("extract(year from coalesce(c.on_site_start, c.enquiry_on)) = :year");
			p.put("year", f.year());
		}
		if (f.areaCode() != null) {
			clauses.add("c.area_code = :area");
			p.put("area", f.areaCode());
		}
		if (f.publishedOnly()) {
			clauses.add("c.published_on is not null and c.report_link is not null");
		}
		return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
	}

	public long insert(Row r, String actor) {
		Map<String, Object> p = new HashMap<>();
		p.put("area", r.areaCode());
		p.put("product", r.productId());
		p.put("follows", r.followsId());
		p.put("manager", r.managerId());
		p.put("scope", r.scope());
		p.put("priorities", r.councilPriorities());
		p.put("lines", r.keyLines());
		p.put("enquiry", r.enquiryOn());
		p.put("actor", actor);
		return jdbc.sql("""
				insert into peer_challenge (area_code, product_id, state, follows_id, challenge_manager_id, scope, council_priorities,
				  key_lines, enquiry_on, created_by)
				values (:area, :product, 'ENQUIRY', :follows, :manager, :scope, :priorities, :lines, :enquiry, :actor) returning id
				""").params(p).query(Long.class).single();
	}

	public void updateDetails(long id, Long managerId, String scope, String priorities, String keyLines) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("manager", managerId);
		p.put("scope", scope);
		p.put("priorities", priorities);
		p.put("lines", keyLines);
		jdbc.sql("""
				update peer_challenge set challenge_manager_id = :manager, scope = :scope, council_priorities = :priorities,
				  key_lines = :lines, updated_at = now() where id = :id
				""").params(p).update();
	}

	/**
	 * Moves the challenge from {@code from} to {@code to}, writing the fields that step records. Answers
	 * false when another request moved it first (the state is no longer {@code from}).
	 */
	public boolean move(long id, ChallengeState from, ChallengeState to, Map<String, Object> fields) {
		Map<String, Object> p = new HashMap<>(fields);
		StringBuilder set = new StringBuilder("state = :to, updated_at = now()");
		fields.keySet().forEach(column -> set.append(", ").append(column).append(" = :").append(column));
		p.put("id", id);
		p.put("from", from.name());
		p.put("to", to.name());
		return jdbc.sql("update peer_challenge set " + set + " where id = :id and state = :from").params(p).update() == 1;
	}

	public void addStep(long id, ChallengeState from, ChallengeState to, LocalDate on, String note, String actor) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("from", from == null ? null : from.name());
		p.put("to", to.name());
		p.put("on", on);
		p.put("note", note);
		p.put("actor", actor);
		jdbc.sql("""
				insert into peer_challenge_step (challenge_id, from_state, to_state, occurred_on, note, actor)
				values (:id, :from, :to, :on, :note, :actor)
				""").params(p).update();
	}

	public List<Step> steps(long id) {
		return jdbc.sql("select * from peer_challenge_step where challenge_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new Step(rs.getString("from_state") == null ? null : ChallengeState.valueOf(rs.getString("from_state")),
					ChallengeState.valueOf(rs.getString("to_state")), rs.getObject("occurred_on", LocalDate.class), rs.getString("note"),
					rs.getString("actor"), rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	public List<TeamMember> team(long id) {
		return jdbc.sql("""
				select t.person_id, p.name, a.name as area_name, t.team_role from peer_challenge_team t join person p on p.id = t.person_id
				left join area a on a.code = p.area_code where t.challenge_id = :id order by t.team_role, p.name
				""")
			.param("id", id)
			.query((rs, n) -> new TeamMember(rs.getLong(1), rs.getString(2), rs.getString(3), TeamMember.Role.valueOf(rs.getString(4))))
			.list();
	}

	public void replaceTeam(long id, Map<Long, TeamMember.Role> team) {
		jdbc.sql("delete from peer_challenge_team where challenge_id = :id").param("id", id).update();
		team.forEach((person, role) -> jdbc.sql("insert into peer_challenge_team (challenge_id, person_id, team_role) values (:id, :p, :r)")
			.param("id", id)
			.param("p", person)
			.param("r", role.name())
			.update());
	}

	/** The latest visit (by start) of a product to each authority since a date: area code → [start, challenge id]. */
	public Map<String, Object[]> latestVisits(String productId, LocalDate since) {
		Map<String, Object[]> latest = new HashMap<>();
		jdbc.sql("""
				select distinct on (area_code) area_code, on_site_start, id from peer_challenge
				where product_id = :product and on_site_start is not null and on_site_start >= :since
				order by area_code, on_site_start desc, id desc
				""").param("product", productId).param("since", since).query((rs, n) -> {
			latest.put(rs.getString(1), new Object[] { rs.getObject(2, LocalDate.class), rs.getLong(3) });
			return null;
		}).list();
		return latest;
	}

	public Optional<Row> latestVisit(String areaCode, String productId) {
		return jdbc.sql(SELECT + """
				 where c.area_code = :area and c.product_id = :product and c.on_site_start is not null
				order by c.on_site_start desc, c.id desc limit 1
				""").param("area", areaCode).param("product", productId).query((rs, n) -> row(rs)).optional();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("area_code"), rs.getString("gss_code"), rs.getString("area_name"), rs.getString("region"),
				rs.getString("product_id"), ChallengeState.valueOf(rs.getString("state")), (Long) rs.getObject("follows_id"),
				(Long) rs.getObject("challenge_manager_id"), rs.getString("manager_name"), rs.getString("scope"),
				rs.getString("council_priorities"), rs.getString("key_lines"), rs.getObject("enquiry_on", LocalDate.class),
				rs.getObject("on_site_start", LocalDate.class), rs.getObject("on_site_end", LocalDate.class),
				rs.getObject("published_on", LocalDate.class), rs.getString("report_link"), rs.getString("declined_reason"),
				rs.getString("closed_reason"));
	}
}
