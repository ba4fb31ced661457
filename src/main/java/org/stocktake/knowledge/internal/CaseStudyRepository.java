package org.stocktake.knowledge.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.knowledge.CaseStudyStatus;

/** The case studies' rows. Councils are kept as GSS codes with their types and regions copied for filtering. */
@Repository
public class CaseStudyRepository {

	/** A case study as stored. */
	public record Row(long id, String title, String summary, String bodyHtml, String bodyText, String problem, String approach, String outcomes,
			BigDecimal savings, BigDecimal income, Integer peopleHelped, List<String> themes, List<String> serviceAreas, List<String> areaCodes,
			List<String> areaTypes, List<String> regions, List<String> measureIds, String contact, String source, String sourceUrl,
			LocalDate startedOn, LocalDate publishedOn, String status, String submittedBy, String submittedFor, String moderationNote,
			OffsetDateTime updatedAt) {
	}

	private final JdbcClient jdbc;

	CaseStudyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Row> find(long id) {
		return jdbc.sql("select * from case_study where id = ?").param(id).query(CaseStudyRepository::row).optional();
	}

	public List<Row> withStatus(List<String> statuses, String submittedFor) {
		return jdbc.sql("select * from case_study where status = any(?::text[]) and (cast(? as text) is null or submitted_for = ?) order by updated_at desc limit 500")
			.params(array(statuses), submittedFor, submittedFor)
			.query(CaseStudyRepository::row)
			.list();
	}

	public long insert(Row r) {
		return jdbc.sql("""
				insert into case_study (title, summary, body_html, body_text, problem, approach, outcomes, savings_gbp, income_gbp, people_helped,
				  themes, service_areas, area_codes, area_types, regions, measure_ids, tags_text, contact, source, source_url, started_on,
				  published_on, status, submitted_by, submitted_for, moderation_note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::varchar[], ?::text[], ?::varchar[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(values(r))
			.query(Long.class)
			.single();
	}

	public void update(Row r) {
		List<Object> params = new java.util.ArrayList<>(values(r));
		params.add(r.id());
		jdbc.sql("""
				update case_study set title = ?, summary = ?, body_html = ?, body_text = ?, problem = ?, approach = ?, outcomes = ?,
				  savings_gbp = ?, income_gbp = ?, people_helped = ?, themes = ?::text[], service_areas = ?::text[], area_codes = ?::varchar[],
				  area_types = ?::text[], regions = ?::varchar[], measure_ids = ?::text[], tags_text = ?, contact = ?, source = ?, source_url = ?,
				  started_on = ?, published_on = ?, status = ?, submitted_by = ?, submitted_for = ?, moderation_note = ?, updated_at = now()
				where id = ?""")
			.params(params)
			.update();
	}

	public void addWords(java.util.Collection<String> words) {
		if (!words.isEmpty()) {
			jdbc.sql("insert into case_study_word (word) select unnest(?::text[]) on conflict do nothing").param(array(List.copyOf(words))).update();
		}
	}

	public void countView(long id, LocalDate weekStart) {
		jdbc.sql("""
				insert into case_study_usage (case_study_id, week_start, views) values (?, ?, 1)
				on conflict (case_study_id, week_start) do update set views = case_study_usage.views + 1""")
			.params(id, weekStart)
			.update();
	}

	/** Views in the given week and in all weeks. */
	public long[] views(long id, LocalDate weekStart) {
		return jdbc.sql("select coalesce(sum(views) filter (where week_start = ?), 0), coalesce(sum(views), 0) from case_study_usage where case_study_id = ?")
			.params(weekStart, id)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private static List<Object> values(Row r) {
		return java.util.Arrays.asList(r.title(), r.summary(), r.bodyHtml(), r.bodyText(), r.problem(), r.approach(), r.outcomes(), r.savings(),
				r.income(), r.peopleHelped(), array(r.themes()), array(r.serviceAreas()), array(r.areaCodes()), array(r.areaTypes()),
				array(r.regions()), array(r.measureIds()), String.join(" ", r.themes()) + " " + String.join(" ", r.serviceAreas()), r.contact(),
				r.source(), r.sourceUrl(), r.startedOn(), r.publishedOn(), r.status(), r.submittedBy(), r.submittedFor(), r.moderationNote());
	}

	/** A PostgreSQL array literal, each element quoted. */
	public static String array(List<String> values) {
		StringBuilder b = new StringBuilder("{");
		for (int i = 0; i < values.size(); i++) {
			b.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return b.append('}').toString();
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("summary"), rs.getString("body_html"), rs.getString("body_text"),
				rs.getString("problem"), rs.getString("approach"), rs.getString("outcomes"), rs.getBigDecimal("savings_gbp"),
				rs.getBigDecimal("income_gbp"), (Integer) rs.getObject("people_helped"), OpeRepository.strings(rs.getArray("themes")),
				OpeRepository.strings(rs.getArray("service_areas")), OpeRepository.strings(rs.getArray("area_codes")),
				OpeRepository.strings(rs.getArray("area_types")), OpeRepository.strings(rs.getArray("regions")),
				OpeRepository.strings(rs.getArray("measure_ids")), rs.getString("contact"), rs.getString("source"), rs.getString("source_url"),
				rs.getObject("started_on", LocalDate.class), rs.getObject("published_on", LocalDate.class), rs.getString("status"),
				rs.getString("submitted_by"), rs.getString("submitted_for"), rs.getString("moderation_note"),
				rs.getObject("updated_at", OffsetDateTime.class));
	}
}
