package org.stocktake.boards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.boards.PlanItem;
import org.stocktake.boards.Purpose;

/** Forward plans and the agenda items their entries became. */
@Repository
public class PlanRepository {

	/** An agenda item from the plan whose report is awaited, with its owner and meeting. */
	public record Awaited(long planItemId, long meetingId, long agendaItemId, String title, String reportOwner, String ownerEmail,
			String boardName, LocalDate meetingDate) {
	}

	private static final String SELECT = """
			select p.*, (select min(u.meeting_id) from forward_plan_use u where u.plan_item_id = p.id) as used_at from forward_plan_item p
			""";

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PlanItem> plan(long boardId) {
		return jdbc.sql(SELECT + " where p.board_id = ? order by p.standing desc, p.cycle nulls first, p.id").param(boardId)
			.query((rs, n) -> item(rs)).list();
	}

	public Optional<PlanItem> item(long id) {
		return jdbc.sql(SELECT + " where p.id = ?").param(id).query((rs, n) -> item(rs)).optional();
	}

	public long insert(PlanItem i, String actor) {
		Map<String, Object> p = new HashMap<>();
		p.put("board", i.boardId());
		p.put("title", i.title());
		p.put("purpose", i.purpose().name());
		p.put("standing", i.standing());
		p.put("cycle", i.cycle());
		p.put("owner", i.reportOwner());
		p.put("email", i.ownerEmail());
		p.put("notes", i.notes());
		p.put("actor", actor);
		return jdbc.sql("""
				insert into forward_plan_item (board_id, title, purpose, standing, cycle, report_owner, owner_email, notes, created_by)
				values (:board, :title, :purpose, :standing, :cycle, :owner, :email, :notes, :actor) returning id
				""").params(p).query(Long.class).single();
	}

	public void delete(long id) {
		jdbc.sql("delete from forward_plan_item where id = ?").param(id).update();
	}

	public boolean used(long planItemId, long meetingId) {
		return jdbc.sql("select exists (select 1 from forward_plan_use where plan_item_id = ? and meeting_id = ?)")
			.params(planItemId, meetingId).query(Boolean.class).single();
	}

	public void recordUse(long planItemId, long meetingId, long agendaItemId) {
		jdbc.sql("insert into forward_plan_use (plan_item_id, meeting_id, agenda_item_id) values (?, ?, ?)")
			.params(planItemId, meetingId, agendaItemId).update();
	}

	/**
	 * Plan items on agendas of meetings from {@code from} to {@code to} whose owner has an email
	 * address, has not been reminded and has not yet written the report; {@code meetingId} narrows to one meeting.
	 */
	public List<Awaited> awaited(LocalDate from, LocalDate to, Long meetingId) {
		Map<String, Object> p = new HashMap<>();
		p.put("from", from);
		p.put("to", to);
		p.put("meeting", meetingId);
		return jdbc.sql("""
				select u.plan_item_id, u.meeting_id, u.agenda_item_id, i.title, p.report_owner, p.owner_email, b.name as board_name, m.meeting_date
				from forward_plan_use u join forward_plan_item p on p.id = u.plan_item_id join agenda_item i on i.id = u.agenda_item_id
				join meeting m on m.id = u.meeting_id join board b on b.id = m.board_id
				where u.reminded_at is null and p.owner_email is not null
				  and i.summary is null and i.body is null and i.recommendations is null
				  and m.meeting_date between :from and :to and (cast(:meeting as bigint) is null or m.id = :meeting)
				order by m.meeting_date, u.agenda_item_id
				""").params(p).query((rs, n) -> new Awaited(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class))).list();
	}

	public void reminded(long planItemId, long meetingId) {
		jdbc.sql("update forward_plan_use set reminded_at = now() where plan_item_id = ? and meeting_id = ?").params(planItemId, meetingId).update();
	}

	private static PlanItem item(ResultSet rs) throws SQLException {
		return new PlanItem(rs.getLong("id"), rs.getLong("board_id"), rs.getString("title"), Purpose.valueOf(rs.getString("purpose")),
				rs.getBoolean("standing"), rs.getString("cycle"), rs.getString("report_owner"), rs.getString("owner_email"), rs.getString("notes"),
				(Long) rs.getObject("used_at"));
	}
}
