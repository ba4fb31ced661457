package org.stocktake.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, themes, targets, quarterly returns and amendments, as rows. */
@Repository
public class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record PlanRow(long id, int yearStart, String title, boolean demonstration) {
	}

	public record TargetRow(long id, long planId, String theme, String code, String description, String annexAText, String kind,
			BigDecimal targetValue, String unit, String aggregation, String fundingSource, String owner, LocalDate dueDate,
			LocalDate completedOn, boolean inAnnexA, boolean inAnnexB, int position, String ragRule, String linkedFigure,
			String ragOverride, String ragOverrideCommentary) {
	}

	public record ReturnRow(long targetId, int quarter, BigDecimal delivered, String marker, String narrative, String commentary,
			String forecast, OffsetDateTime signedOffAt, String signedOffBy) {
	}

	public record RuleRow(String id, String name, String method, BigDecimal amberTolerancePercent, int amberDaysBeforeDue) {
	}

	public record AmendmentRow(long id, long targetId, int quarter, String reason, String beforeValue, String afterValue, String actor,
			OffsetDateTime amendedAt) {
	}

	private static final String TARGET_COLUMNS = """
			t.id, t.plan_id, th.name as theme, t.code, t.description, t.annex_a_text, t.kind, t.target_value, t.unit, t.aggregation,
			t.funding_source, t.owner, t.due_date, t.completed_on, t.in_annex_a, t.in_annex_b, t.position, t.rag_rule, t.linked_figure,
			t.rag_override, t.rag_override_commentary
			from perf_target t join perf_theme th on th.id = t.theme_id
			""";

	public List<PlanRow> plans() {
		return jdbc.sql("select id, year_start, title, demonstration from perf_plan order by year_start desc").query(PlanRow.class).list();
	}

	public Optional<PlanRow> plan(int yearStart) {
		return jdbc.sql("select id, year_start, title, demonstration from perf_plan where year_start = ?").param(yearStart)
			.query(PlanRow.class).optional();
	}

	public long insertPlan(int yearStart, String title, boolean demonstration) {
		return jdbc.sql("insert into perf_plan (year_start, title, demonstration) values (?, ?, ?) returning id")
			.params(yearStart, title, demonstration).query(Long.class).single();
	}

	public List<String> themes(long planId) {
		return jdbc.sql("select name from perf_theme where plan_id = ? order by position, id").param(planId).query(String.class).list();
	}

	/** The theme's id, adding it after the plan's other themes when it is new. */
	public long theme(long planId, String name) {
		Optional<Long> id = jdbc.sql("select id from perf_theme where plan_id = ? and name = ?").params(planId, name).query(Long.class).optional();
		return id.orElseGet(() -> jdbc.sql("""
				insert into perf_theme (plan_id, name, position)
				values (?, ?, (select coalesce(max(position), 0) + 1 from perf_theme where plan_id = ?)) returning id""")
			.params(planId, name, planId).query(Long.class).single());
	}

	public List<TargetRow> targets(long planId) {
		return jdbc.sql("select " + TARGET_COLUMNS + " where t.plan_id = ? order by th.position, t.position, t.id").param(planId)
			.query(TargetRow.class).list();
	}

	public Optional<TargetRow> target(long id) {
		return jdbc.sql("select " + TARGET_COLUMNS + " where t.id = ?").param(id).query(TargetRow.class).optional();
	}

	public Optional<TargetRow> target(long planId, String code) {
		return jdbc.sql("select " + TARGET_COLUMNS + " where t.plan_id = ? and t.code = ?").params(planId, code).query(TargetRow.class).optional();
	}

	public int nextPosition(long planId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from perf_target where plan_id = ?").param(planId).query(Integer.class).single();
	}

	public long insertTarget(TargetRow t) {
		return jdbc.sql("""
				insert into perf_target (plan_id, theme_id, code, description, annex_a_text, kind, target_value, unit, aggregation, funding_source,
				  owner, due_date, completed_on, in_annex_a, in_annex_b, position, rag_rule, linked_figure, rag_override, rag_override_commentary)
				values (?, (select id from perf_theme where plan_id = ? and name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(t.planId(), t.planId(), t.theme(), t.code(), t.description(), t.annexAText(), t.kind(), t.targetValue(), t.unit(),
					t.aggregation(), t.fundingSource(), t.owner(), t.dueDate(), t.completedOn(), t.inAnnexA(), t.inAnnexB(), t.position(),
					t.ragRule(), t.linkedFigure(), t.ragOverride(), t.ragOverrideCommentary())
			.query(Long.class).single();
	}

	public void updateTarget(TargetRow t) {
		jdbc.sql("""
				update perf_target set theme_id = (select id from perf_theme where plan_id = ? and name = ?), description = ?, annex_a_text = ?,
				  kind = ?, target_value = ?, unit = ?, aggregation = ?, funding_source = ?, owner = ?, due_date = ?, completed_on = ?,
				  in_annex_a = ?, in_annex_b = ?, position = ?, rag_rule = ?, linked_figure = ?, rag_override = ?, rag_override_commentary = ?
				where id = ?""")
			.params(t.planId(), t.theme(), t.description(), t.annexAText(), t.kind(), t.targetValue(), t.unit(), t.aggregation(),
					t.fundingSource(), t.owner(), t.dueDate(), t.completedOn(), t.inAnnexA(), t.inAnnexB(), t.position(), t.ragRule(),
					t.linkedFigure(), t.ragOverride(), t.ragOverrideCommentary(), t.id())
			.update();
	}

	public List<ReturnRow> returns(long planId) {
		return jdbc.sql("""
				select r.target_id, r.quarter, r.delivered, r.marker, r.narrative, r.commentary, r.forecast, r.signed_off_at, r.signed_off_by
				from perf_return r join perf_target t on t.id = r.target_id where t.plan_id = ? order by r.target_id, r.quarter""")
			.param(planId).query(ReturnRow.class).list();
	}

	public List<ReturnRow> returnsOf(long targetId) {
		return jdbc.sql("""
				select target_id, quarter, delivered, marker, narrative, commentary, forecast, signed_off_at, signed_off_by
				from perf_return where target_id = ? order by quarter""").param(targetId).query(ReturnRow.class).list();
	}

	public void saveReturn(ReturnRow r) {
		jdbc.sql("""
				insert into perf_return (target_id, quarter, delivered, marker, narrative, commentary, forecast)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (target_id, quarter) do update set delivered = excluded.delivered, marker = excluded.marker,
				  narrative = excluded.narrative, commentary = excluded.commentary, forecast = excluded.forecast""")
			.params(r.targetId(), r.quarter(), r.delivered(), r.marker(), r.narrative(), r.commentary(), r.forecast()).update();
	}

	public void signOff(long targetId, int quarter, String actor) {
		jdbc.sql("""
				insert into perf_return (target_id, quarter, signed_off_at, signed_off_by) values (?, ?, now(), ?)
				on conflict (target_id, quarter) do update set signed_off_at = now(), signed_off_by = excluded.signed_off_by""")
			.params(targetId, quarter, actor).update();
	}

	public void insertAmendment(long targetId, int quarter, String reason, String before, String after, String actor) {
		jdbc.sql("insert into perf_amendment (target_id, quarter, reason, before_value, after_value, actor) values (?, ?, ?, ?, ?, ?)")
			.params(targetId, quarter, reason, before, after, actor).update();
	}

	public List<AmendmentRow> amendments(long targetId) {
		return jdbc.sql("""
				select id, target_id, quarter, reason, before_value, after_value, actor, amended_at from perf_amendment
				where target_id = ? order by amended_at desc, id desc""").param(targetId).query(AmendmentRow.class).list();
	}

	public void override(long targetId, String rag, String commentary) {
		jdbc.sql("update perf_target set rag_override = ?, rag_override_commentary = ? where id = ?").params(rag, commentary, targetId).update();
	}

	public List<RuleRow> rules() {
		return jdbc.sql("select id, name, method, amber_tolerance_percent, amber_days_before_due from perf_rag_rule order by id")
			.query(RuleRow.class).list();
	}
}
