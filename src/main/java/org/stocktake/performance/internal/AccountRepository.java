package org.stocktake.performance.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Management-account periods and lines, and the rating rules per line type. */
@Repository
public class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record PeriodRow(long id, int yearStart, int period, String units, String filename, String importedBy, OffsetDateTime importedAt,
			boolean demonstration) {
	}

	public record LineRow(long id, long periodId, int position, String section, String line, String type, BigDecimal budgetYtd,
			BigDecimal actualYtd, BigDecimal budgetYear, BigDecimal forecastOutturn, String commentary, String ragOverride,
			String ragOverrideCommentary) {
	}

	public record RuleRow(String lineType, boolean favourableIsGreen, BigDecimal greenWithinPercent, BigDecimal amberWithinPercent) {
	}

	private static final String PERIOD = "select id, year_start, period, units, filename, imported_by, imported_at, demonstration from perf_account_period";

	private static final String LINE = """
			select id, period_id, position, section, line, type, budget_ytd, actual_ytd, budget_year, forecast_outturn, commentary,
			rag_override, rag_override_commentary from perf_account_line""";

	public List<PeriodRow> periods() {
		return jdbc.sql(PERIOD + " order by year_start desc, period desc").query(PeriodRow.class).list();
	}

	public Optional<PeriodRow> period(int yearStart, int period) {
		return jdbc.sql(PERIOD + " where year_start = ? and period = ?").params(yearStart, period).query(PeriodRow.class).optional();
	}

	public long savePeriod(int yearStart, int period, String units, String filename, String actor, boolean demonstration) {
		return jdbc.sql("""
				insert into perf_account_period (year_start, period, units, filename, imported_by, demonstration) values (?, ?, ?, ?, ?, ?)
				on conflict (year_start, period) do update set units = excluded.units, filename = excluded.filename,
				  imported_by = excluded.imported_by, imported_at = now() returning id""")
			.params(yearStart, period, units, filename, actor, demonstration).query(Long.class).single();
	}

	public List<LineRow> lines(long periodId) {
		return jdbc.sql(LINE + " where period_id = ? order by position, id").param(periodId).query(LineRow.class).list();
	}

	public Optional<LineRow> line(long id) {
		return jdbc.sql(LINE + " where id = ?").param(id).query(LineRow.class).optional();
	}

	public void insertLine(LineRow l) {
		jdbc.sql("""
				insert into perf_account_line (period_id, position, section, line, type, budget_ytd, actual_ytd, budget_year, forecast_outturn,
				  commentary, rag_override, rag_override_commentary) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(l.periodId(), l.position(), l.section(), l.line(), l.type(), l.budgetYtd(), l.actualYtd(), l.budgetYear(), l.forecastOutturn(),
					l.commentary(), l.ragOverride(), l.ragOverrideCommentary())
			.update();
	}

	public void updateLine(long id, LineRow l) {
		jdbc.sql("""
				update perf_account_line set position = ?, type = ?, budget_ytd = ?, actual_ytd = ?, budget_year = ?, forecast_outturn = ?,
				  commentary = ?, rag_override = ?, rag_override_commentary = ? where id = ?""")
			.params(l.position(), l.type(), l.budgetYtd(), l.actualYtd(), l.budgetYear(), l.forecastOutturn(), l.commentary(), l.ragOverride(),
					l.ragOverrideCommentary(), id)
			.update();
	}

	public void deleteLine(long id) {
		jdbc.sql("delete from perf_account_line where id = ?").param(id).update();
	}

	public void override(long id, String rag, String commentary) {
		jdbc.sql("update perf_account_line set rag_override = ?, rag_override_commentary = ? where id = ?").params(rag, commentary, id).update();
	}

	public List<RuleRow> rules() {
		return jdbc.sql("select line_type, favourable_is_green, green_within_percent, amber_within_percent from perf_account_rule order by line_type")
			.query(RuleRow.class).list();
	}

	public void saveRule(RuleRow r) {
		jdbc.sql("update perf_account_rule set favourable_is_green = ?, green_within_percent = ?, amber_within_percent = ? where line_type = ?")
			.params(r.favourableIsGreen(), r.greenWithinPercent(), r.amberWithinPercent(), r.lineType()).update();
	}
}
