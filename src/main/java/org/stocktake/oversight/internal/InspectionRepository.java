package org.stocktake.oversight.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.oversight.Framework;
import org.stocktake.oversight.Inspection;
import org.stocktake.oversight.Inspection.Judgement;
import org.stocktake.oversight.InspectionFilter;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.AreaType;

/** Inspections and frameworks in PostgreSQL; the analytical questions are answered in SQL here. */
@Repository
public class InspectionRepository {

	private static final String SELECT = """
			select i.id, i.area_code, a.gss_code, a.name as area_name, i.inspectorate, i.framework, i.inspection_type,
			       i.start_date, i.end_date, i.publication_date, i.overall_grade, i.report_url
			from inspection i join area a on a.code = i.area_code
			""";

	private final JdbcClient jdbc;

	InspectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Framework> frameworks() {
		return jdbc.sql("select * from inspection_framework order by inspectorate, in_force_from").query((rs, n) -> framework(rs)).list();
	}

	public Optional<Framework> framework(String inspectorate, String slug) {
		return frameworks().stream().filter(f -> f.inspectorate().equals(inspectorate) && f.slug().equals(slug)).findFirst();
	}

	public Paged<Inspection> search(InspectionFilter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		long total = jdbc.sql("select count(*) from inspection i" + where).params(params).query(Long.class).single();
		List<Inspection> items = withJudgements(jdbc.sql(SELECT + where + " order by i.publication_date desc, a.name limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> inspection(rs))
			.list());
		return new Paged<>(items, page.page(), page.size(), total);
	}

	/** Every inspection the filter selects, for downloads. */
	public List<Inspection> all(InspectionFilter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql(SELECT + where(filter, params) + " order by a.name, i.publication_date").params(params).query((rs, n) -> inspection(rs)).list();
	}

	private static String where(InspectionFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where true");
		if (filter.areaCode() != null) {
			where.append(" and i.area_code = :area");
			params.put("area", filter.areaCode());
		}
		if (filter.inspectorate() != null) {
			where.append(" and i.inspectorate = :inspectorate");
			params.put("inspectorate", filter.inspectorate());
		}
		if (filter.framework() != null) {
			where.append(" and i.framework = :framework");
			params.put("framework", filter.framework());
		}
		return where.toString();
	}

	public Optional<Inspection> find(long id) {
		return withJudgements(jdbc.sql(SELECT + " where i.id = :id").param("id", id).query((rs, n) -> inspection(rs)).list()).stream().findFirst();
	}

	/** Every inspection of one authority, newest first. */
	public List<Inspection> ofArea(String areaCode) {
		return withJudgements(jdbc.sql(SELECT + " where i.area_code = :area order by i.publication_date desc")
			.param("area", areaCode)
			.query((rs, n) -> inspection(rs))
			.list());
	}

	/** Inspections published from {@code from} to {@code to}, both included, oldest first. */
	public List<Inspection> publishedBetween(java.time.LocalDate from, java.time.LocalDate to) {
		return jdbc.sql(SELECT + " where i.publication_date between :from and :to order by i.publication_date, a.name")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> inspection(rs))
			.list();
	}

	/** The latest inspection of each authority under a framework. */
	public List<Inspection> current(String inspectorate, String framework) {
		return jdbc.sql("select distinct on (i.area_code) " + SELECT.substring("select ".length())
				+ " where i.inspectorate = :inspectorate and i.framework = :framework order by i.area_code, i.publication_date desc")
			.param("inspectorate", inspectorate)
			.param("framework", framework)
			.query((rs, n) -> inspection(rs))
			.list();
	}

	/** Each pair of consecutive inspections of the same authority under a framework: {previous grade, next grade}. */
	public List<String[]> consecutiveGrades(String inspectorate, String framework) {
		return jdbc.sql("""
				select previous_grade, overall_grade from (
				  select overall_grade,
				         lag(overall_grade) over w as previous_grade,
				         row_number() over w as n
				  from inspection
				  where inspectorate = :inspectorate and framework = :framework
				  window w as (partition by area_code order by publication_date)
				) s where n > 1
				""")
			.param("inspectorate", inspectorate)
			.param("framework", framework)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
	}

	/** Existing inspections keyed by area code, inspectorate, framework and publication date, as the import matches them. */
	public Map<String, Inspection> byKey() {
		return withJudgements(jdbc.sql(SELECT).query((rs, n) -> inspection(rs)).list()).stream()
			.collect(Collectors.toMap(InspectionRepository::key, i -> i, (a, b) -> a, LinkedHashMap::new));
	}

	public static String key(Inspection i) {
		return key(i.areaCode(), i.inspectorate(), i.framework(), i.publicationDate());
	}

	public static String key(String areaCode, String inspectorate, String framework, LocalDate published) {
		return areaCode + "|" + inspectorate + "|" + framework + "|" + published;
	}

	public long insert(Inspection i) {
		long id = jdbc.sql("""
				insert into inspection (area_code, inspectorate, framework, inspection_type, start_date, end_date, publication_date,
				                        overall_grade, report_url)
				values (:area, :inspectorate, :framework, :type, :start, :end, :published, :grade, :url) returning id
				""").params(params(i)).query(Long.class).single();
		insertJudgements(id, i.judgements());
		return id;
	}

	public void update(long id, Inspection i) {
		jdbc.sql("""
				update inspection set inspection_type = :type, start_date = :start, end_date = :end, overall_grade = :grade,
				       report_url = :url, updated_at = now() where id = :id
				""").params(params(i)).param("id", id).update();
		jdbc.sql("delete from inspection_judgement where inspection_id = :id").param("id", id).update();
		insertJudgements(id, i.judgements());
	}

	public long count() {
		return jdbc.sql("select count(*) from inspection").query(Long.class).single();
	}

	private void insertJudgements(long id, List<Judgement> judgements) {
		for (int p = 0; p < judgements.size(); p++) {
			jdbc.sql("insert into inspection_judgement (inspection_id, position, name, grade) values (:id, :p, :name, :grade)")
				.param("id", id)
				.param("p", p)
				.param("name", judgements.get(p).name())
				.param("grade", judgements.get(p).grade())
				.update();
		}
	}

	private static Map<String, Object> params(Inspection i) {
		Map<String, Object> p = new HashMap<>();
		p.put("area", i.areaCode());
		p.put("inspectorate", i.inspectorate());
		p.put("framework", i.framework());
		p.put("type", i.inspectionType());
		p.put("start", i.startDate());
		p.put("end", i.endDate());
		p.put("published", i.publicationDate());
		p.put("grade", i.overallGrade());
		p.put("url", i.reportUrl());
		return p;
	}

	private List<Inspection> withJudgements(List<Inspection> inspections) {
		if (inspections.isEmpty()) {
			return inspections;
		}
		Map<Long, List<Judgement>> judgements = new HashMap<>();
		jdbc.sql("select inspection_id, name, grade from inspection_judgement where inspection_id in (:ids) order by inspection_id, position")
			.param("ids", inspections.stream().map(Inspection::id).toList())
			.query(rs -> {
				judgements.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Judgement(rs.getString(2), rs.getString(3)));
			});
		return inspections.stream()
			.map(i -> new Inspection(i.id(), i.areaCode(), i.areaGssCode(), i.areaName(), i.inspectorate(), i.framework(),
					i.inspectionType(), i.startDate(), i.endDate(), i.publicationDate(), i.overallGrade(),
					judgements.getOrDefault(i.id(), List.of()), i.reportUrl()))
			.toList();
	}

	private static Inspection inspection(ResultSet rs) throws SQLException {
		return new Inspection(rs.getLong("id"), rs.getString("area_code"), rs.getString("gss_code"), rs.getString("area_name"),
				rs.getString("inspectorate"), rs.getString("framework"), rs.getString("inspection_type"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getObject("publication_date", LocalDate.class), rs.getString("overall_grade"), List.of(), rs.getString("report_url"));
	}

	private static Framework framework(ResultSet rs) throws SQLException {
		return new Framework(rs.getString("inspectorate"), rs.getString("slug"), rs.getString("name"), strings(rs.getArray("grades")),
				strings(rs.getArray("area_types")).stream().map(AreaType::valueOf).collect(Collectors.toSet()),
				rs.getObject("in_force_from", LocalDate.class), rs.getObject("in_force_to", LocalDate.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
