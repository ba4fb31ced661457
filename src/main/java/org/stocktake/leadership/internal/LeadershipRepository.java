package org.stocktake.leadership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.leadership.AgeRange;
import org.stocktake.leadership.Booking;
import org.stocktake.leadership.BookingStatus;
import org.stocktake.leadership.Ethnicity;
import org.stocktake.leadership.EventModule;
import org.stocktake.leadership.Gender;
import org.stocktake.leadership.LeadershipEvent;
import org.stocktake.leadership.NewEvent;
import org.stocktake.leadership.Programme;
import org.stocktake.people.Party;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/** Programmes, events, modules, bookings and attendance in PostgreSQL. */
@Repository
public class LeadershipRepository {

	/** What a booking row holds, before it becomes a {@link Booking}. */
	public record BookingRecord(long eventId, Long personId, String importKey, String authorityGss, String authorityName, String party,
			String region, String councilType, String role, String gender, String ageRange, String ethnicity, BookingStatus status,
			String source, String bookedBy) {
	}

	private static final String EVENT_SELECT = """
			select e.*, p.name as programme_name,
			       (select count(*) from leadership_booking b where b.event_id = e.id and b.status in ('BOOKED', 'ATTENDED')) as booked,
			       (select count(*) from leadership_booking b where b.event_id = e.id and b.status = 'WAITING') as waiting
			from leadership_event e join leadership_programme p on p.code = e.programme_code
			""";

	private static final String BOOKING_SELECT = """
			select b.*, e.programme_code, e.title as event_title, pe.name as person_name
			from leadership_booking b join leadership_event e on e.id = b.event_id left join person pe on pe.id = b.person_id
			""";

	private final JdbcClient jdbc;

	LeadershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Programme> programmes() {
		return jdbc.sql("select * from leadership_programme order by position, code")
			.query((rs, n) -> new Programme(rs.getString("code"), rs.getString("name"), rs.getString("description"), rs.getInt("position")))
			.list();
	}

	public void insertProgramme(Programme programme) {
		jdbc.sql("insert into leadership_programme (code, name, description, position) values (?, ?, ?, ?)")
			.params(programme.code(), programme.name(), programme.description(), programme.position())
			.update();
	}

	public long insertEvent(NewEvent e, String actor) {
		long id = jdbc.sql("""
				insert into leadership_event (programme_code, title, cohort, starts_on, ends_on, venue, capacity, partner, eligible_party, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(e.programmeCode(), e.title(), e.cohort(), e.startsOn(), e.endsOn(), e.venue(), e.capacity(), e.partner(),
					e.eligibleParty() == null ? null : e.eligibleParty().name(), actor)
			.query(Long.class)
			.single();
		for (int i = 0; i < e.moduleDates().size(); i++) {
			jdbc.sql("insert into leadership_module (event_id, number, held_on, venue) values (?, ?, ?, ?)")
				.params(id, i + 1, e.moduleDates().get(i), e.venue())
				.update();
		}
		return id;
	}

	public Optional<LeadershipEvent> event(long id) {
		return withModules(jdbc.sql(EVENT_SELECT + " where e.id = ?").param(id).query(LeadershipRepository::eventRow).list()).stream().findFirst();
	}

	public Optional<LeadershipEvent> event(String programmeCode, String title) {
		return withModules(jdbc.sql(EVENT_SELECT + " where e.programme_code = ? and lower(e.title) = lower(?)")
			.params(programmeCode, title)
			.query(LeadershipRepository::eventRow)
			.list()).stream().findFirst();
	}

	/** Events of a programme (or all) starting within the dates (either may be null); undated events only when no dates are given. */
	public List<LeadershipEvent> events(String programmeCode, LocalDate from, LocalDate to) {
		StringBuilder sql = new StringBuilder(EVENT_SELECT).append(" where true");
		List<Object> params = new ArrayList<>();
		if (programmeCode != null) {
			sql.append(" and e.programme_code = ?");
			params.add(programmeCode);
		}
		if (from != null) {
			sql.append(" and e.starts_on >= ?");
			params.add(from);
		}
		if (to != null) {
			sql.append(" and e.starts_on <= ?");
			params.add(to);
		}
		sql.append(" order by p.position, e.starts_on desc nulls last, e.title");
		return withModules(jdbc.sql(sql.toString()).params(params).query(LeadershipRepository::eventRow).list());
	}

	/** Takes the event's row lock, so that two bookings cannot both take its last place. */
	public void lockEvent(long eventId) {
		jdbc.sql("select id from leadership_event where id = ? for update").param(eventId).query(Long.class).optional();
	}

	public Map<Long, List<EventModule>> modules(Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from leadership_module where event_id in (:ids) order by event_id, number")
			.param("ids", eventIds)
			.query((rs, n) -> new EventModule(rs.getLong("id"), rs.getLong("event_id"), rs.getInt("number"), rs.getObject("held_on", LocalDate.class),
					rs.getString("venue")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(EventModule::eventId));
	}

	private List<LeadershipEvent> withModules(List<LeadershipEvent> events) {
		Map<Long, List<EventModule>> modules = modules(events.stream().map(LeadershipEvent::id).toList());
		return events.stream()
			.map(e -> new LeadershipEvent(e.id(), e.programmeCode(), e.programmeName(), e.title(), e.cohort(), e.startsOn(), e.endsOn(), e.venue(),
					e.capacity(), e.partner(), e.eligibleParty(), modules.getOrDefault(e.id(), List.of()), e.booked(), e.waiting()))
			.toList();
	}

	private static LeadershipEvent eventRow(ResultSet rs, int n) throws SQLException {
		return new LeadershipEvent(rs.getLong("id"), rs.getString("programme_code"), rs.getString("programme_name"), rs.getString("title"),
				rs.getString("cohort"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("venue"),
				(Integer) rs.getObject("capacity"), rs.getString("partner"), Party.parse(rs.getString("eligible_party")).orElse(null), List.of(),
				rs.getInt("booked"), rs.getInt("waiting"));
	}

	public long insertBooking(BookingRecord b) {
		return jdbc.sql("""
				insert into leadership_booking (event_id, person_id, import_key, authority_gss, authority_name, party, region, council_type, role,
				  gender, age_range, ethnicity, status, source, booked_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(b.eventId(), b.personId(), b.importKey(), b.authorityGss(), b.authorityName(), b.party(), b.region(), b.councilType(),
					b.role(), b.gender(), b.ageRange(), b.ethnicity(), b.status().name(), b.source(), b.bookedBy())
			.query(Long.class)
			.single();
	}

	/** Overwrites what an import row says about an existing booking. */
	public void updateBooking(long id, BookingRecord b) {
		jdbc.sql("""
				update leadership_booking set authority_gss = ?, authority_name = ?, party = ?, region = ?, council_type = ?, gender = ?,
				  age_range = ?, ethnicity = ?, status = ?, updated_at = now() where id = ?""")
			.params(b.authorityGss(), b.authorityName(), b.party(), b.region(), b.councilType(), b.gender(), b.ageRange(), b.ethnicity(),
					b.status().name(), id)
			.update();
	}

	public void setStatus(long bookingId, BookingStatus status) {
		jdbc.sql("update leadership_booking set status = ?, updated_at = now() where id = ?").params(status.name(), bookingId).update();
	}

	public Optional<Booking> booking(long id) {
		return jdbc.sql(BOOKING_SELECT + " where b.id = ?").param(id).query(LeadershipRepository::bookingRow).optional();
	}

	public Optional<Booking> bookingOf(long eventId, long personId) {
		return jdbc.sql(BOOKING_SELECT + " where b.event_id = ? and b.person_id = ?").params(eventId, personId).query(LeadershipRepository::bookingRow).optional();
	}

	public Optional<Booking> bookingByImportKey(long eventId, String key) {
		return jdbc.sql(BOOKING_SELECT + " where b.event_id = ? and b.import_key = ?").params(eventId, key).query(LeadershipRepository::bookingRow).optional();
	}

	/** The event's bookings, the waiting list in the order it was joined. */
	public List<Booking> bookings(long eventId) {
		return jdbc.sql(BOOKING_SELECT + " where b.event_id = ? order by case b.status when 'WAITING' then 1 when 'CANCELLED' then 2 else 0 end, b.booked_at, b.id")
			.param(eventId)
			.query(LeadershipRepository::bookingRow)
			.list();
	}

	/** Bookings made for people of an authority (as recorded), newest first. */
	public List<Booking> bookingsOfAuthority(String gss, int limit) {
		return jdbc.sql(BOOKING_SELECT + " where b.authority_gss = ? order by b.booked_at desc, b.id desc limit ?")
			.params(gss, limit)
			.query(LeadershipRepository::bookingRow)
			.list();
	}

	public Optional<Booking> firstWaiting(long eventId) {
		return jdbc.sql(BOOKING_SELECT + " where b.event_id = ? and b.status = 'WAITING' order by b.booked_at, b.id limit 1")
			.param(eventId)
			.query(LeadershipRepository::bookingRow)
			.optional();
	}

	public int countActive(long eventId) {
		return jdbc.sql("select count(*) from leadership_booking where event_id = ? and status in ('BOOKED', 'ATTENDED')")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	public void markAttendance(long bookingId, long moduleId, boolean attended, String actor) {
		jdbc.sql("""
				insert into leadership_attendance (booking_id, module_id, attended, marked_by) values (?, ?, ?, ?)
				on conflict (booking_id, module_id) do update set attended = excluded.attended, marked_by = excluded.marked_by, marked_at = now()""")
			.params(bookingId, moduleId, attended, actor)
			.update();
	}

	/** Attendance of the event's bookings: booking id → module id → attended. */
	public Map<Long, Map<Long, Boolean>> attendance(long eventId) {
		Map<Long, Map<Long, Boolean>> all = new java.util.HashMap<>();
		jdbc.sql("select a.* from leadership_attendance a join leadership_booking b on b.id = a.booking_id where b.event_id = ?")
			.param(eventId)
			.query((ResultSet rs) -> {
				all.computeIfAbsent(rs.getLong("booking_id"), k -> new java.util.HashMap<>()).put(rs.getLong("module_id"), rs.getBoolean("attended"));
			});
		return all;
	}

	static Booking bookingRow(ResultSet rs, int n) throws SQLException {
		return new Booking(rs.getLong("id"), rs.getLong("event_id"), rs.getString("programme_code"), rs.getString("event_title"),
				(Long) rs.getObject("person_id"), rs.getString("person_name"), rs.getString("authority_gss"), rs.getString("authority_name"),
				Party.parse(rs.getString("party")).orElse(null), rs.getString("region"),
				Region.parse(rs.getString("region")).map(Region::displayName).orElse(null),
				AreaType.parse(rs.getString("council_type")).orElse(null), rs.getString("role"), Gender.parse(rs.getString("gender")).orElse(null),
				AgeRange.parse(rs.getString("age_range")).orElse(null), Ethnicity.parse(rs.getString("ethnicity")).orElse(null),
				BookingStatus.valueOf(rs.getString("status")), rs.getString("source"), rs.getTimestamp("booked_at").toInstant(),
				rs.getString("booked_by"));
	}
}
