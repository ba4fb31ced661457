package org.stocktake.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.people.Party;
import org.stocktake.people.PoliticalControl;

/** Political control and seats by year, read and written as plain SQL. */
@Repository
public class PoliticalControlRepository {

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	PoliticalControlRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** One year of one council, keyed by the register's stable code. */
	record Row(String areaCode, String gssCode, int year, String control, int totalSeats, String administration,
			Map<Party, Integer> seats, String source) {
	}

	public List<PoliticalControl> forArea(String areaCode) {
		Map<Integer, List<PoliticalControl.Seats>> seats = new HashMap<>();
		jdbc.sql("select year, party, seats from political_seats where area_code = ?")
			.param(areaCode)
			.query((rs, i) -> Map.entry(rs.getInt("year"), new PoliticalControl.Seats(Party.valueOf(rs.getString("party")), rs.getInt("seats"))))
			.list()
			.forEach(e -> seats.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("""
				select a.gss_code, c.year, c.control, c.total_seats, c.administration, c.source
				from political_control c join area a on a.code = c.area_code where c.area_code = ? order by c.year""")
			.param(areaCode)
			.query((rs, i) -> new PoliticalControl(rs.getString("gss_code"), rs.getInt("year"), rs.getString("control"),
					rs.getInt("total_seats"), rs.getString("administration"), seats.getOrDefault(rs.getInt("year"), List.of()),
					rs.getString("source")))
			.list();
	}

	public List<PoliticalControl> inYear(int year) {
		Map<String, List<PoliticalControl.Seats>> seats = new HashMap<>();
		jdbc.sql("select area_code, party, seats from political_seats where year = ?")
			.param(year)
			.query((rs, i) -> Map.entry(rs.getString("area_code"), new PoliticalControl.Seats(Party.valueOf(rs.getString("party")), rs.getInt("seats"))))
			.list()
			.forEach(e -> seats.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("""
				select c.area_code, a.gss_code, c.year, c.control, c.total_seats, c.administration, c.source
				from political_control c join area a on a.code = c.area_code where c.year = ? order by a.gss_code""")
			.param(year)
			.query((rs, i) -> new PoliticalControl(rs.getString("gss_code"), rs.getInt("year"), rs.getString("control"),
					rs.getInt("total_seats"), rs.getString("administration"), seats.getOrDefault(rs.getString("area_code"), List.of()),
					rs.getString("source")))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from political_control").query(Long.class).single();
	}

	void insert(List<Row> rows) {
		template.batchUpdate("""
				insert into political_control (area_code, year, control, total_seats, administration, source)
				values (?, ?, ?, ?, ?, ?)""", rows.stream()
			.map(r -> new Object[] { r.areaCode(), r.year(), r.control(), r.totalSeats(), r.administration(), r.source() })
			.toList());
		List<Object[]> seats = new ArrayList<>();
		for (Row r : rows) {
			r.seats().forEach((party, n) -> {
				if (n > 0) {
					seats.add(new Object[] { r.areaCode(), r.year(), party.name(), n });
				}
			});
		}
		template.batchUpdate("insert into political_seats (area_code, year, party, seats) values (?, ?, ?, ?)", seats);
	}
}
