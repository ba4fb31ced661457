package org.stocktake.knowledge.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shared service arrangements as stored: partners as GSS codes in their listed order. */
@Repository
public class SharedServiceRepository {

	public record Row(long id, String reference, String service, String description, List<String> partners, String leadGss, LocalDate startDate,
			BigDecimal annualSavings, String status, String source) {
	}

	private static final String SELECT = """
			select s.*, array(select p.gss_code from shared_service_partner p where p.shared_service_id = s.id order by p.position) as partners
			from shared_service s
			""";

	private final JdbcClient jdbc;

	SharedServiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> all() {
		return jdbc.sql(SELECT + " order by lower(s.service), s.reference").query(SharedServiceRepository::row).list();
	}

	public Optional<Row> find(String reference) {
		return jdbc.sql(SELECT + " where s.reference = ?").param(reference).query(SharedServiceRepository::row).optional();
	}

	public long insert(Row r) {
		long id = jdbc.sql("""
				insert into shared_service (reference, service, description, lead_gss_code, start_date, annual_savings_gbp, status, source)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(r.reference(), r.service(), r.description(), r.leadGss(), r.startDate(), r.annualSavings(), r.status(), r.source())
			.query(Long.class).single();
		partners(id, r.partners());
		return id;
	}

	public void update(long id, Row r) {
		jdbc.sql("""
				update shared_service set service = ?, description = ?, lead_gss_code = ?, start_date = ?, annual_savings_gbp = ?, status = ?,
				  source = ?, updated_at = now() where id = ?""")
			.params(r.service(), r.description(), r.leadGss(), r.startDate(), r.annualSavings(), r.status(), r.source(), id)
			.update();
		jdbc.sql("delete from shared_service_partner where shared_service_id = ?").param(id).update();
		partners(id, r.partners());
	}

	private void partners(long id, List<String> partners) {
		for (int i = 0; i < partners.size(); i++) {
			jdbc.sql("insert into shared_service_partner (shared_service_id, gss_code, position) values (?, ?, ?)").params(id, partners.get(i), i + 1)
				.update();
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("service"), rs.getString("description"),
				OpeRepository.strings(rs.getArray("partners")), rs.getString("lead_gss_code"), rs.getObject("start_date", LocalDate.class),
				rs.getBigDecimal("annual_savings_gbp"), rs.getString("status"), rs.getString("source"));
	}
}
