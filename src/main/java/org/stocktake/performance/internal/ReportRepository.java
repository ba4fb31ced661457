package org.stocktake.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The words of board reports and the programme outcomes they roll up. */
@Repository
public class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record WordsRow(int yearStart, int quarter, String board, LocalDate meetingDate, String purpose, String summary, String recommendation,
			String action, String contact, String background, String highlights, String financial, Integer accountsPeriod) {
	}

	public record OutcomeRow(long id, int yearStart, String programme, BigDecimal savings, BigDecimal investment, Integer councilsSupported,
			String source) {
	}

	public Optional<WordsRow> words(int yearStart, int quarter) {
		return jdbc.sql("""
				select year_start, quarter, board, meeting_date, purpose, summary, recommendation, action, contact, background, highlights,
				  financial, accounts_period from perf_report where year_start = ? and quarter = ?""")
			.params(yearStart, quarter).query(WordsRow.class).optional();
	}

	public void saveWords(WordsRow w) {
		jdbc.sql("""
				insert into perf_report (year_start, quarter, board, meeting_date, purpose, summary, recommendation, action, contact, background,
				  highlights, financial, accounts_period) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (year_start, quarter) do update set board = excluded.board, meeting_date = excluded.meeting_date,
				  purpose = excluded.purpose, summary = excluded.summary, recommendation = excluded.recommendation, action = excluded.action,
				  contact = excluded.contact, background = excluded.background, highlights = excluded.highlights, financial = excluded.financial,
				  accounts_period = excluded.accounts_period""")
			.params(w.yearStart(), w.quarter(), w.board(), w.meetingDate(), w.purpose(), w.summary(), w.recommendation(), w.action(), w.contact(),
					w.background(), w.highlights(), w.financial(), w.accountsPeriod())
			.update();
	}

	public List<OutcomeRow> outcomes(int yearStart) {
		return jdbc.sql("select id, year_start, programme, savings, investment, councils_supported, source from perf_outcome where year_start = ? order by programme")
			.param(yearStart).query(OutcomeRow.class).list();
	}

	public void saveOutcome(OutcomeRow o) {
		jdbc.sql("""
				insert into perf_outcome (year_start, programme, savings, investment, councils_supported, source) values (?, ?, ?, ?, ?, ?)
				on conflict (year_start, programme) do update set savings = excluded.savings, investment = excluded.investment,
				  councils_supported = excluded.councils_supported, source = excluded.source""")
			.params(o.yearStart(), o.programme(), o.savings(), o.investment(), o.councilsSupported(), o.source()).update();
	}
}
