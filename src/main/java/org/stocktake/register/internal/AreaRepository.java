package org.stocktake.register.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Area;
import org.stocktake.register.AreaGroup;
import org.stocktake.register.AreaSearch;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/** The register's SQL, returning records. */
@Repository
public class AreaRepository {

	private static final String SELECT_AREA = """
			select a.code, a.gss_code, a.name, a.official_name, a.type, a.region, a.parent_code, p.gss_code as parent_gss,
			       a.start_date, a.end_date, a.current, a.population_2020,
			       array(select f.gss_code from area_former_code f where f.area_code = a.code order by 1) as former,
			       array(select s2.gss_code from area_succession s join area s2 on s2.code = s.successor_code
			             where s.predecessor_code = a.code order by 1) as successors,
			       array(select p2.gss_code from area_succession s join area p2 on p2.code = s.predecessor_code
			             where s.successor_code = a.code order by 1) as predecessors
			from area a left join area p on p.code = a.parent_code
			""";

	private final JdbcClient jdbc;

	AreaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Area> findByGss(String gssCode) {
		return jdbc.sql(SELECT_AREA + """
				where a.gss_code = :gss or a.code = (select area_code from area_former_code where gss_code = :gss)""")
			.param("gss", gssCode)
			.query(AreaRepository::area)
			.optional();
	}

	public Optional<Area> findByCode(String code) {
		return jdbc.sql(SELECT_AREA + " where a.code = ?").param(code).query(AreaRepository::area).optional();
	}

	public List<Area> findAll() {
		return jdbc.sql(SELECT_AREA + " order by a.name, a.code").query(AreaRepository::area).list();
	}

	public List<Area> children(String code) {
		return jdbc.sql(SELECT_AREA + " where a.parent_code = ? order by a.current desc, a.name").param(code).query(AreaRepository::area).list();
	}

	public Paged<Area> search(AreaSearch search, PageRequest page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		String order = " order by a.name, a.code";
		List<Object> orderParams = new ArrayList<>();
		if (search.q() != null && !search.q().isBlank()) {
			String q = search.q().trim();
			where.append(" and (a.search_text ilike ? or a.code in (select area_code from area_former_code where gss_code = upper(?))"
					+ " or word_similarity(lower(?), a.search_text) > 0.45)");
			params.add("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			params.add(q);
			params.add(q);
			order = " order by (a.name ilike ?) desc, word_similarity(lower(?), a.search_text) desc, a.current desc, a.name";
			orderParams.add(q);
			orderParams.add(q);
		}
		if (search.type() != null) {
			where.append(" and a.type = ?");
			params.add(search.type().name());
		}
		if (search.region() != null) {
			where.append(" and a.region = ?");
			params.add(search.region().code());
		}
		if (search.current() != null) {
			where.append(" and a.current = ?");
			params.add(search.current());
		}
		long total = jdbc.sql("select count(*) from area a" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.addAll(orderParams);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<Area> items = jdbc.sql(SELECT_AREA + where + order + " limit ? offset ?").params(pageParams).query(AreaRepository::area).list();
		return new Paged<>(items, page.page(), page.size(), total);
	}

	public List<AreaGroup> groups(AreaGroup.Kind kind) {
		if (kind == null) {
			return jdbc.sql(SELECT_GROUP + " order by g.kind, g.name").query(AreaRepository::group).list();
		}
		return jdbc.sql(SELECT_GROUP + " where g.kind = ? order by g.name").param(kind.name()).query(AreaRepository::group).list();
	}

	public Optional<AreaGroup> group(String id) {
		return jdbc.sql(SELECT_GROUP + " where g.id = ?").param(id).query(AreaRepository::group).optional();
	}

	public List<AreaGroup> groupsOf(String areaCode) {
		return jdbc.sql(SELECT_GROUP + " where g.id in (select group_id from area_group_member where area_code = ?) order by g.kind, g.name")
			.param(areaCode)
			.query(AreaRepository::group)
			.list();
	}

	public Optional<AreaGroup> groupRepresenting(String areaCode) {
		return jdbc.sql(SELECT_GROUP + " where g.area_code = ? order by g.id limit 1").param(areaCode).query(AreaRepository::group).optional();
	}

	public long count(boolean currentOnly) {
		return jdbc.sql("select count(*) from area" + (currentOnly ? " where current" : "")).query(Long.class).single();
	}

	private static final String SELECT_GROUP = """
			select g.id, g.name, g.kind, g.description, a.gss_code as area_gss, g.source, g.created_by,
			       array(select m.gss_code from area_group_member gm join area m on m.code = gm.area_code
			             where gm.group_id = g.id order by m.name) as members
			from area_group g left join area a on a.code = g.area_code
			""";

	static Area area(ResultSet rs, int row) throws SQLException {
		Date start = rs.getDate("start_date");
		Date end = rs.getDate("end_date");
		Integer population = rs.getObject("population_2020", Integer.class);
		return new Area(rs.getString("code"), rs.getString("gss_code"), rs.getString("name"), rs.getString("official_name"),
				AreaType.valueOf(rs.getString("type")), Region.ofCode(rs.getString("region")), rs.getString("parent_code"),
				rs.getString("parent_gss"), start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
				rs.getBoolean("current"), population, strings(rs.getArray("former")),
				strings(rs.getArray("successors")), strings(rs.getArray("predecessors")));
	}

	static AreaGroup group(ResultSet rs, int row) throws SQLException {
		return new AreaGroup(rs.getString("id"), rs.getString("name"), AreaGroup.Kind.valueOf(rs.getString("kind")),
				rs.getString("description"), rs.getString("area_gss"), rs.getString("source"), rs.getString("created_by"),
				strings(rs.getArray("members")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
