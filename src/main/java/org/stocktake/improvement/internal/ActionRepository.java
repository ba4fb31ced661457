package org.stocktake.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.improvement.PlannedAction;

/** Action plans in PostgreSQL. */
@Repository
public class ActionRepository {

	private final JdbcClient jdbc;

	ActionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PlannedAction> of(long challengeId) {
		return jdbc.sql("select * from challenge_action where challenge_id = :id order by due_date, id")
			.param("id", challengeId)
			.query((rs, n) -> action(rs))
			.list();
	}

	public Optional<PlannedAction> find(long challengeId, long id) {
		return jdbc.sql("select * from challenge_action where challenge_id = :c and id = :id")
			.param("c", challengeId)
			.param("id", id)
			.query((rs, n) -> action(rs))
			.optional();
	}

	public long insert(long challengeId, String recommendation, String action, String owner, LocalDate due, String actor) {
		return jdbc.sql("""
				insert into challenge_action (challenge_id, recommendation, action, owner, due_date, created_by, updated_by)
				values (:c, :r, :a, :o, :d, :actor, :actor) returning id
				""").param("c", challengeId).param("r", recommendation).param("a", action).param("o", owner).param("d", due)
			.param("actor", actor).query(Long.class).single();
	}

	public void status(long id, PlannedAction.Status status, String actor) {
		jdbc.sql("update challenge_action set status = :s, updated_by = :actor, updated_at = now() where id = :id")
			.param("s", status.name()).param("actor", actor).param("id", id).update();
	}

	private static PlannedAction action(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new PlannedAction(rs.getLong("id"), rs.getLong("challenge_id"), rs.getString("recommendation"), rs.getString("action"),
				rs.getString("owner"), rs.getObject("due_date", LocalDate.class), PlannedAction.Status.valueOf(rs.getString("status")),
				rs.getString("updated_by"));
	}
}
