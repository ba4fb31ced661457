package org.stocktake.leadership.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** End-of-event evaluation responses and the averages papers reported without their responses. */
@Repository
public class EvaluationRepository {

	public record ModuleScores(long eventId, String programme, String eventTitle, long moduleId, int number, int responses, BigDecimal average,
			BigDecimal reported, String reportedSource, int madeDifferenceYes, int madeDifferenceNo, long points) {
	}

	private final JdbcClient jdbc;

	EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long moduleId, Long bookingId, int satisfaction, Boolean madeDifference, String comments) {
		return jdbc.sql("""
				insert into leadership_evaluation (module_id, booking_id, satisfaction, made_difference, comments) values (?, ?, ?, ?, ?) returning id""")
			.params(moduleId, bookingId, satisfaction, madeDifference, comments)
			.query(Long.class)
			.single();
	}

	public boolean answered(long moduleId, long bookingId) {
		return jdbc.sql("select count(*) from leadership_evaluation where module_id = ? and booking_id = ?")
			.params(moduleId, bookingId)
			.query(Integer.class)
			.single() > 0;
	}

	public void reportIfMissing(long moduleId, BigDecimal average, String source) {
		jdbc.sql("insert into leadership_reported_satisfaction (module_id, average, source) values (?, ?, ?) on conflict do nothing")
			.params(moduleId, average, source)
			.update();
	}

	/** Every module of the programme's events (or all programmes') that has responses or a reported average. */
	public List<ModuleScores> scores(String programme) {
		return jdbc.sql("""
				select e.id as event_id, e.programme_code, e.title, m.id as module_id, m.number,
				  count(v.id) as responses, round(avg(v.satisfaction), 2) as average, r.average as reported, r.source,
				  count(v.id) filter (where v.made_difference) as yes, count(v.id) filter (where v.made_difference = false) as no, coalesce(sum(v.satisfaction), 0) as points
				from leadership_module m join leadership_event e on e.id = m.event_id join leadership_programme p on p.code = e.programme_code
				left join leadership_evaluation v on v.module_id = m.id
				left join leadership_reported_satisfaction r on r.module_id = m.id
				where (cast(:programme as varchar) is null or e.programme_code = :programme)
				group by e.id, e.programme_code, e.title, m.id, m.number, r.average, r.source, p.position
				having count(v.id) > 0 or r.average is not null
				order by p.position, e.title, m.number""")
			.param("programme", programme)
			.query((rs, n) -> new ModuleScores(rs.getLong("event_id"), rs.getString("programme_code"), rs.getString("title"), rs.getLong("module_id"),
					rs.getInt("number"), rs.getInt("responses"), rs.getBigDecimal("average"), rs.getBigDecimal("reported"), rs.getString("source"),
					rs.getInt("yes"), rs.getInt("no"), rs.getLong("points")))
			.list();
	}
}
