package org.stocktake.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.oversight.InterventionType;
import org.stocktake.oversight.MilestoneRule;

/** Interventions, milestone rules and recorded milestones in PostgreSQL. */
@Repository
public class InterventionRepository {

	/** An intervention as stored; the service adds its trigger inspection and computed milestones. */
	public record Row(long id, String areaCode, String areaGssCode, String areaName, InterventionType type, String service,
			LocalDate startDate, LocalDate endDate, Long triggerInspectionId, String notes) {
	}

	public record Completion(String ruleId, LocalDate dueDate, LocalDate completedOn) {
	}

	private static final String SELECT = """
			select v.*, a.gss_code, a.name as area_name from intervention v join area a on a.code = v.area_code
			""";

	private final JdbcClient jdbc;

	InterventionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> list(String areaCode) {
		return jdbc.sql(SELECT + (areaCode == null ? "" : " where v.area_code = :area") + " order by v.start_date desc, a.name")
			.params(areaCode == null ? Map.of() : Map.of("area", areaCode))
			.query((rs, n) -> row(rs))
			.list();
	}

	public Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	public long insert(Row r, String actor) {
		Map<String, Object> p = new HashMap<>();
		p.put("area", r.areaCode());
		p.put("type", r.type().name());
		p.put("service", r.service());
		p.put("start", r.startDate());
		p.put("end", r.endDate());
		p.put("trigger", r.triggerInspectionId());
		p.put("notes", r.notes());
		p.put("actor", actor);
		return jdbc.sql("""
				insert into intervention (area_code, intervention_type, service, start_date, end_date, trigger_inspection_id, notes, created_by)
				values (:area, :type, :service, :start, :end, :trigger, :notes, :actor) returning id
				""").params(p).query(Long.class).single();
	}

	public void end(long id, LocalDate endDate) {
		jdbc.sql("update intervention set end_date = :end, updated_at = now() where id = :id").param("end", endDate).param("id", id).update();
	}

	public List<MilestoneRule> rules() {
		return jdbc.sql("select * from milestone_rule order by position")
			.query((rs, n) -> new MilestoneRule(rs.getString("id"), rs.getString("inspectorate"), rs.getString("grade"), rs.getString("name"),
					rs.getInt("months"), (Integer) rs.getObject("repeat_months")))
			.list();
	}

	public List<Completion> completions(long interventionId) {
		return jdbc.sql("select rule_id, due_date, completed_on from milestone_completion where intervention_id = :id")
			.param("id", interventionId)
			.query((rs, n) -> new Completion(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** Records a milestone as met; recording it again corrects the date. */
	public void complete(long interventionId, String ruleId, LocalDate due, LocalDate completedOn, String actor) {
		jdbc.sql("""
				insert into milestone_completion (intervention_id, rule_id, due_date, completed_on, recorded_by)
				values (:id, :rule, :due, :done, :actor)
				on conflict (intervention_id, rule_id, due_date) do update set completed_on = excluded.completed_on,
				  recorded_by = excluded.recorded_by, recorded_at = now()
				""").param("id", interventionId).param("rule", ruleId).param("due", due).param("done", completedOn).param("actor", actor).update();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("area_code"), rs.getString("gss_code"), rs.getString("area_name"),
				InterventionType.valueOf(rs.getString("intervention_type")), rs.getString("service"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), (Long) rs.getObject("trigger_inspection_id"), rs.getString("notes"));
	}
}
