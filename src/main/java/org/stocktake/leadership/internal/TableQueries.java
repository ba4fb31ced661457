package org.stocktake.leadership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The board's tables as SQL over bookings that count (BOOKED and ATTENDED), by the start date of their event. */
@Repository
public class TableQueries {

	/** The characteristics a table may be broken down by, and the column each is recorded in. */
	public static final Map<String, String> COLUMNS = Map.of("party", "party", "region", "region", "council_type", "council_type", "gender",
			"gender", "age_range", "age_range", "ethnicity", "ethnicity");

	public record Cell(String key, String programme, int count) {
	}

	public record EventCounts(long eventId, String programme, String title, LocalDate startsOn, int modules, int booked, int attended,
			int completed, int cancelled, int waiting) {
	}

	private final JdbcClient jdbc;

	TableQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Cell> counts(String by, LocalDate from, LocalDate to) {
		String column = COLUMNS.get(by);
		if (column == null) {
			throw new IllegalArgumentException(by);
		}
		List<Object> params = new ArrayList<>();
		String sql = "select b." + column + " as k, e.programme_code, count(*) as n from leadership_booking b join leadership_event e on e.id = b.event_id"
				+ " where b.status in ('BOOKED', 'ATTENDED')" + range(from, to, params) + " group by 1, 2";
		return jdbc.sql(sql).params(params).query((rs, n) -> new Cell(rs.getString("k"), rs.getString("programme_code"), rs.getInt("n"))).list();
	}

	public List<EventCounts> completion(LocalDate from, LocalDate to, String programme) {
		List<Object> params = new ArrayList<>();
		String where = range(from, to, params);
		if (programme != null) {
			where += " and e.programme_code = ?";
			params.add(programme);
		}
		String sql = """
				with m as (select event_id, count(*) as modules from leadership_module group by event_id),
				     a as (select booking_id, count(*) filter (where attended) as present, count(*) as marked from leadership_attendance group by booking_id)
				select e.id, e.programme_code, e.title, e.starts_on, coalesce(m.modules, 0) as modules,
				  count(b.id) filter (where b.status in ('BOOKED', 'ATTENDED')) as booked,
				  count(b.id) filter (where b.status = 'ATTENDED') as attended,
				  count(b.id) filter (where b.status = 'ATTENDED' and (a.booking_id is null or a.present >= coalesce(m.modules, 0))) as completed,
				  count(b.id) filter (where b.status = 'CANCELLED') as cancelled,
				  count(b.id) filter (where b.status = 'WAITING') as waiting
				from leadership_event e join leadership_programme p on p.code = e.programme_code
				left join m on m.event_id = e.id
				left join leadership_booking b on b.event_id = e.id
				left join a on a.booking_id = b.id
				where true""" + where + """

				group by e.id, e.programme_code, e.title, e.starts_on, m.modules, p.position
				order by p.position, e.starts_on nulls last, e.title""";
		return jdbc.sql(sql).params(params).query((rs, n) -> new EventCounts(rs.getLong("id"), rs.getString("programme_code"), rs.getString("title"),
				rs.getObject("starts_on", LocalDate.class), rs.getInt("modules"), rs.getInt("booked"), rs.getInt("attended"), rs.getInt("completed"),
				rs.getInt("cancelled"), rs.getInt("waiting"))).list();
	}

	public record Target(String financialYear, String description, String programmes, int target) {
	}

	public List<Target> targets(String financialYear) {
		return jdbc.sql("select * from leadership_target where financial_year = ? order by id")
			.param(financialYear)
			.query((rs, n) -> new Target(rs.getString("financial_year"), rs.getString("description"), rs.getString("programmes"), rs.getInt("target")))
			.list();
	}

	public void insertTargetIfMissing(String financialYear, String description, String programmes, int target) {
		jdbc.sql("insert into leadership_target (financial_year, description, programmes, target) values (?, ?, ?, ?) on conflict do nothing")
			.params(financialYear, description, programmes, target)
			.update();
	}

	/** People booked on (or having attended) the programmes' events starting within the dates: named people once, anonymous bookings each. */
	public int participants(List<String> programmes, LocalDate from, LocalDate to) {
		List<Object> params = new ArrayList<>();
		params.add(programmes);
		String sql = "select count(distinct b.person_id) + count(*) filter (where b.person_id is null) from leadership_booking b"
				+ " join leadership_event e on e.id = b.event_id where b.status in ('BOOKED', 'ATTENDED') and e.programme_code in (:programmes)";
		var spec = jdbc.sql(sql + (from != null ? " and e.starts_on >= :from" : "") + (to != null ? " and e.starts_on <= :to" : ""))
			.param("programmes", programmes);
		if (from != null) {
			spec = spec.param("from", from);
		}
		if (to != null) {
			spec = spec.param("to", to);
		}
		return spec.query(Integer.class).single();
	}

	private static String range(LocalDate from, LocalDate to, List<Object> params) {
		StringBuilder sql = new StringBuilder();
		if (from != null) {
			sql.append(" and e.starts_on >= ?");
			params.add(from);
		}
		if (to != null) {
			sql.append(" and e.starts_on <= ?");
			params.add(to);
		}
		return sql.toString();
	}
}
