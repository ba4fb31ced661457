package org.stocktake.knowledge.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.knowledge.OpeTotals;
import org.stocktake.register.Region;

/** One Public Estate's SQL. Member and lead names are the register's, filled in by the facade. */
@Repository
public class OpeRepository {

	/** A partnership as stored: members as GSS codes in their listed order. */
	public record Row(long id, int phase, String name, String region, String leadKind, String leadGss, String leadBody,
			BigDecimal funding, List<String> partFundingYears, List<String> members, String source) {
	}

	private static final String SELECT = """
			select p.id, p.phase, p.name, p.region, p.lead_kind, p.lead_gss_code, p.lead_body, p.funding_awarded_gbp,
			       p.part_funding_years, p.source,
			       array(select m.gss_code from ope_member m where m.partnership_id = p.id order by m.position) as members
			from ope_partnership p
			""";

	private final JdbcClient jdbc;

	OpeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> partnerships(Integer phase) {
		if (phase == null) {
			return jdbc.sql(SELECT + " order by p.phase, p.name").query(OpeRepository::row).list();
		}
		return jdbc.sql(SELECT + " where p.phase = ? order by p.name").param(phase).query(OpeRepository::row).list();
	}

	public Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where p.id = ?").param(id).query(OpeRepository::row).optional();
	}

	public Optional<Row> find(int phase, String name) {
		return jdbc.sql(SELECT + " where p.phase = ? and lower(p.name) = lower(?)").param(phase).param(name).query(OpeRepository::row).optional();
	}

	public List<Integer> phases() {
		return jdbc.sql("select phase from ope_partnership union select phase from ope_phase order by 1").query(Integer.class).list();
	}

	public long insert(Row r) {
		long id = jdbc.sql("""
				insert into ope_partnership (phase, name, region, lead_kind, lead_gss_code, lead_body, funding_awarded_gbp, part_funding_years, source)
				values (?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?) returning id""")
			.params(r.phase(), r.name(), r.region(), r.leadKind(), r.leadGss(), r.leadBody(), r.funding(), pgArray(r.partFundingYears()), r.source())
			.query(Long.class).single();
		insertMembers(id, r.members());
		return id;
	}

	public void update(long id, Row r) {
		jdbc.sql("""
				update ope_partnership set region = ?, lead_kind = ?, lead_gss_code = ?, lead_body = ?, funding_awarded_gbp = ?,
				       part_funding_years = ?::varchar[], source = coalesce(?, source) where id = ?""")
			.params(r.region(), r.leadKind(), r.leadGss(), r.leadBody(), r.funding(), pgArray(r.partFundingYears()), r.source(), id)
			.update();
		jdbc.sql("delete from ope_member where partnership_id = ?").param(id).update();
		insertMembers(id, r.members());
	}

	private void insertMembers(long id, List<String> members) {
		for (int i = 0; i < members.size(); i++) {
			jdbc.sql("insert into ope_member (partnership_id, gss_code, position) values (?, ?, ?)").params(id, members.get(i), i + 1).update();
		}
	}

	public Optional<OpeTotals.Stated> stated(int phase) {
		return jdbc.sql("select partnerships_stated, councils_stated, funding_stated_gbp, statement, source from ope_phase where phase = ?")
			.param(phase)
			.query((rs, n) -> new OpeTotals.Stated((Integer) rs.getObject(1), (Integer) rs.getObject(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	public void saveStated(int phase, OpeTotals.Stated s) {
		jdbc.sql("""
				insert into ope_phase (phase, partnerships_stated, councils_stated, funding_stated_gbp, statement, source)
				values (?, ?, ?, ?, ?, ?)
				on conflict (phase) do update set partnerships_stated = excluded.partnerships_stated, councils_stated = excluded.councils_stated,
				  funding_stated_gbp = excluded.funding_stated_gbp, statement = excluded.statement, source = excluded.source""")
			.params(phase, s.partnerships(), s.councils(), s.funding(), s.statement(), s.source())
			.update();
	}

	public List<OpeTotals.ByRegion> byRegion(int phase) {
		return jdbc.sql("""
				select p.region, count(*) as partnerships, sum((select count(*) from ope_member m where m.partnership_id = p.id)) as memberships,
				       sum(p.funding_awarded_gbp) as funding
				from ope_partnership p where p.phase = ? group by p.region order by p.region""")
			.param(phase)
			.query((rs, n) -> new OpeTotals.ByRegion(Region.ofCode(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4)))
			.list();
	}

	private static String pgArray(List<String> values) {
		return "{" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "}";
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getInt("phase"), rs.getString("name"), rs.getString("region"), rs.getString("lead_kind"),
				rs.getString("lead_gss_code"), rs.getString("lead_body"), rs.getBigDecimal("funding_awarded_gbp"),
				strings(rs.getArray("part_funding_years")), strings(rs.getArray("members")), rs.getString("source"));
	}

	static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}
}
