package org.stocktake.boards.internal;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.boards.Attendance;
import org.stocktake.boards.Attendance.Declaration;

/** Attendance at meetings and declarations of interest. */
@Repository
public class AttendanceRepository {

	/** A member's attendance as stored. */
	public record Row(long memberId, Attendance attendance, String substitute) {
	}

	private final JdbcClient jdbc;

	AttendanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, Row> attendance(long meetingId) {
		Map<Long, Row> rows = new java.util.HashMap<>();
		jdbc.sql("select member_id, attendance, substitute_name from meeting_attendance where meeting_id = ?").param(meetingId)
			.query((rs, n) -> new Row(rs.getLong(1), Attendance.valueOf(rs.getString(2)), rs.getString(3)))
			.list()
			.forEach(r -> rows.put(r.memberId(), r));
		return rows;
	}

	public void record(long meetingId, long memberId, Attendance attendance, String substitute) {
		if (attendance == null) {
			jdbc.sql("delete from meeting_attendance where meeting_id = ? and member_id = ?").params(meetingId, memberId).update();
			return;
		}
		jdbc.sql("""
				insert into meeting_attendance (meeting_id, member_id, attendance, substitute_name) values (?, ?, ?, ?)
				on conflict (meeting_id, member_id) do update set attendance = excluded.attendance, substitute_name = excluded.substitute_name
				""").params(meetingId, memberId, attendance.name(), substitute).update();
	}

	public List<Declaration> declarations(long meetingId) {
		return jdbc.sql("""
				select d.id, d.agenda_item_id, i.position, d.member_name, d.interest from interest_declaration d
				join agenda_item i on i.id = d.agenda_item_id where d.meeting_id = ? order by i.position, d.id
				""").param(meetingId)
			.query((rs, n) -> new Declaration(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	public long declare(long meetingId, long itemId, String memberName, String interest, String actor) {
		return jdbc.sql("""
				insert into interest_declaration (meeting_id, agenda_item_id, member_name, interest, created_by) values (?, ?, ?, ?, ?) returning id
				""").params(meetingId, itemId, memberName, interest, actor).query(Long.class).single();
	}

	public int deleteDeclaration(long meetingId, long id) {
		return jdbc.sql("delete from interest_declaration where meeting_id = ? and id = ?").params(meetingId, id).update();
	}
}
