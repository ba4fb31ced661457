package org.stocktake.leadership.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Impact-survey draws and their invitations, and the completions a draw is made from. */
@Repository
public class ImpactRepository {

	/** A named delegate who completed an event, with the day the event ended. */
	public record Completed(long bookingId, long personId, String programme, String eventTitle, LocalDate completedOn) {
	}

	public record Draw(long id, LocalDate drawnOn, LocalDate windowFrom, LocalDate windowTo, String programme, int size, long seed, int candidates,
			String drawnBy) {
	}

	public record Invitation(long id, long drawId, long bookingId, Long personId, String kind, String email, boolean sent, String programme,
			String eventTitle) {
	}

	private final JdbcClient jdbc;

	ImpactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Named bookings that completed their event: ATTENDED, and every module marked attended (or no
	 * module marked at all, as when attendance was recorded as a whole). The completion day is the
	 * event's last module date, else its end or start date.
	 */
	public List<Completed> completions(String programme) {
		return jdbc.sql("""
				with m as (select event_id, count(*) as modules, max(held_on) as last_module from leadership_module group by event_id),
				     a as (select booking_id, count(*) filter (where attended) as present from leadership_attendance group by booking_id)
				select b.id, b.person_id, e.programme_code, e.title, coalesce(m.last_module, e.ends_on, e.starts_on) as completed_on
				from leadership_booking b join leadership_event e on e.id = b.event_id
				left join m on m.event_id = e.id left join a on a.booking_id = b.id
				where b.status = 'ATTENDED' and b.person_id is not null
				  and (a.booking_id is null or a.present >= coalesce(m.modules, 0))
				  and coalesce(m.last_module, e.ends_on, e.starts_on) is not null
				  and (cast(:programme as varchar) is null or e.programme_code = :programme)
				order by b.id""")
			.param("programme", programme)
			.query((rs, n) -> new Completed(rs.getLong("id"), rs.getLong("person_id"), rs.getString("programme_code"), rs.getString("title"),
					rs.getObject("completed_on", LocalDate.class)))
			.list();
	}

	public long insertDraw(LocalDate drawnOn, LocalDate from, LocalDate to, String programme, int size, long seed, int candidates, String actor) {
		return jdbc.sql("""
				insert into leadership_impact_draw (drawn_on, window_from, window_to, programme, size, seed, candidates, drawn_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(drawnOn, from, to, programme, size, seed, candidates, actor)
			.query(Long.class)
			.single();
	}

	public long insertInvitation(long drawId, long bookingId, Long personId, String kind, String email, boolean sent) {
		return jdbc.sql("""
				insert into leadership_impact_invitation (draw_id, booking_id, person_id, kind, email, sent) values (?, ?, ?, ?, ?, ?) returning id""")
			.params(drawId, bookingId, personId, kind, email, sent)
			.query(Long.class)
			.single();
	}

	public java.util.Optional<Draw> draw(long id) {
		return jdbc.sql("select * from leadership_impact_draw where id = ?").param(id).query((rs, n) -> new Draw(rs.getLong("id"),
				rs.getObject("drawn_on", LocalDate.class), rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
				rs.getString("programme"), rs.getInt("size"), rs.getLong("seed"), rs.getInt("candidates"), rs.getString("drawn_by"))).optional();
	}

	public List<Draw> draws() {
		return jdbc.sql("select * from leadership_impact_draw order by id desc limit 50").query((rs, n) -> new Draw(rs.getLong("id"),
				rs.getObject("drawn_on", LocalDate.class), rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
				rs.getString("programme"), rs.getInt("size"), rs.getLong("seed"), rs.getInt("candidates"), rs.getString("drawn_by"))).list();
	}

	public List<Invitation> invitations(long drawId) {
		return jdbc.sql("""
				select i.*, e.programme_code, e.title from leadership_impact_invitation i join leadership_booking b on b.id = i.booking_id
				join leadership_event e on e.id = b.event_id where i.draw_id = ? order by i.id""")
			.param(drawId)
			.query((rs, n) -> new Invitation(rs.getLong("id"), rs.getLong("draw_id"), rs.getLong("booking_id"), (Long) rs.getObject("person_id"),
					rs.getString("kind"), rs.getString("email"), rs.getBoolean("sent"), rs.getString("programme_code"), rs.getString("title")))
			.list();
	}
}
