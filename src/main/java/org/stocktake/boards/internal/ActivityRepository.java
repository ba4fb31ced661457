package org.stocktake.boards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.boards.Activity;

/** Improvement activities and the councils they involve. */
@Repository
public class ActivityRepository {

	private static final String SELECT = """
			select a.*, b.slug, b.name as board_name,
			  coalesce((select string_agg(c.gss_code, ',' order by c.gss_code) from improvement_activity_council c where c.activity_id = a.id), '') as councils
			from improvement_activity a join board b on b.id = a.board_id
			""";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Activity> all() {
		return jdbc.sql(SELECT + " order by a.activity_date desc, a.id desc").query((rs, n) -> activity(rs)).list();
	}

	public Optional<Activity> find(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query((rs, n) -> activity(rs)).optional();
	}

	/** Activities not yet in an activity report, up to {@code until}, by board and date. */
	public List<Activity> unreported(LocalDate until) {
		return jdbc.sql(SELECT + " where a.reported_meeting_id is null and a.activity_date <= ? order by b.name, a.activity_date, a.id").param(until)
			.query((rs, n) -> activity(rs)).list();
	}

	public long insert(Activity a, String actor) {
		Map<String, Object> p = new HashMap<>();
		p.put("board", a.boardId());
		p.put("title", a.title());
		p.put("description", a.description());
		p.put("programme", a.programme());
		p.put("theme", a.theme());
		p.put("date", a.date());
		p.put("significant", a.significant());
		p.put("actor", actor);
		long id = jdbc.sql("""
				insert into improvement_activity (board_id, title, description, programme, theme, activity_date, significant, created_by)
				values (:board, :title, :description, :programme, :theme, :date, :significant, :actor) returning id
				""").params(p).query(Long.class).single();
		for (String code : a.councils()) {
			jdbc.sql("insert into improvement_activity_council (activity_id, gss_code) values (?, ?) on conflict do nothing").params(id, code).update();
		}
		return id;
	}

	public void markReported(List<Long> ids, long meetingId) {
		for (Long id : ids) {
			jdbc.sql("update improvement_activity set reported_meeting_id = ? where id = ?").params(meetingId, id).update();
		}
	}

	private static Activity activity(ResultSet rs) throws SQLException {
		String councils = rs.getString("councils");
		List<String> codes = councils.isEmpty() ? List.of() : new ArrayList<>(List.of(councils.split(",")));
		return new Activity(rs.getLong("id"), rs.getLong("board_id"), rs.getString("slug"), rs.getString("board_name"), rs.getString("title"),
				rs.getString("description"), rs.getString("programme"), rs.getString("theme"), rs.getObject("activity_date", LocalDate.class),
				rs.getBoolean("significant"), codes, (Long) rs.getObject("reported_meeting_id"));
	}
}
