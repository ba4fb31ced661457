package org.stocktake.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.performance.AccountLine.LineType;
import org.stocktake.performance.AccountLine.Section;
import org.stocktake.performance.Forms.OutcomeForm;
import org.stocktake.performance.Forms.ReportForm;
import org.stocktake.performance.internal.ReportRepository;
import org.stocktake.performance.internal.ReportRepository.OutcomeRow;
import org.stocktake.performance.internal.ReportRepository.WordsRow;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.reporting.Report;
import org.stocktake.reporting.Report.Column;
import org.stocktake.reporting.Report.Fact;

/**
 * The six-monthly Performance and Finance report in the association's template — Purpose, Summary,
 * Recommendation, Action, Contact officer, Background, Performance, Financial performance, Annexes A, B
 * and C — with numbered paragraphs: the officer writes the words, the figures come from the records.
 */
@Service
public class BoardReports {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

	private final Performance performance;
	private final ManagementAccounts accounts;
	private final ReportRepository repository;
	private final AuditLog audit;

	BoardReports(Performance performance, ManagementAccounts accounts, ReportRepository repository, AuditLog audit) {
		this.performance = performance;
		this.accounts = accounts;
		this.repository = repository;
		this.audit = audit;
	}

	/** A programme's outcomes for a year, with the return on each pound invested. */
	public record Outcome(String programme, BigDecimal savings, BigDecimal investment, Integer councilsSupported, String source) {

		/** Savings per £1 invested, to the nearest pound ("£8 for every £1"); null without both figures. */
		public BigDecimal returnPerPound() {
			if (savings == null || investment == null || investment.signum() == 0) {
				return null;
			}
			return savings.divide(investment, 0, RoundingMode.HALF_UP);
		}
	}

	public List<Outcome> outcomes(FinancialYear year) {
		return repository.outcomes(year.start()).stream()
			.map(o -> new Outcome(o.programme(), o.savings(), o.investment(), o.councilsSupported(), o.source()))
			.toList();
	}

	@Transactional
	public void saveOutcome(OutcomeForm form) {
		List<FieldError> errors = new ArrayList<>();
		FinancialYear year = FinancialYear.tryParse(form.year());
		if (year == null) {
			errors.add(FieldError.field("year", form.year(), "Enter the financial year as 2015/16"));
		}
		String programme = Forms.blankToNull(form.programme());
		if (programme == null) {
			errors.add(FieldError.field("programme", "", "Enter the programme's name"));
		}
		BigDecimal savings = money(form.savings(), "savings", errors);
		BigDecimal investment = money(form.investment(), "investment", errors);
		Integer councils = null;
		if (Forms.blankToNull(form.councilsSupported()) != null) {
			try {
				councils = Integer.parseInt(form.councilsSupported().trim());
				if (councils < 0) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.field("councilsSupported", form.councilsSupported(), "Enter the number of councils supported, such as 10"));
			}
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		OutcomeRow row = new OutcomeRow(0, year.start(), programme, savings, investment, councils, Forms.blankToNull(form.source()));
		repository.saveOutcome(row);
		audit.updated("performance-outcome", year.path() + "/" + programme, "Outcomes of " + programme + " in " + year + " recorded", null, row);
	}

	private static BigDecimal money(String text, String field, List<FieldError> errors) {
		if (Forms.blankToNull(text) == null) {
			return null;
		}
		try {
			BigDecimal v = new BigDecimal(text.trim().replace(",", "").replace("£", ""));
			if (v.signum() < 0) {
				throw new NumberFormatException();
			}
			return v;
		}
		catch (NumberFormatException ex) {
			errors.add(FieldError.field(field, text, "Enter an amount in pounds, such as 7000000"));
			return null;
		}
	}

	/** The words saved for a report, or the template's defaults. */
	public ReportForm words(FinancialYear year, int quarter) {
		return repository.words(year.start(), quarter)
			.map(w -> new ReportForm(w.board(), w.meetingDate() == null ? null : w.meetingDate().toString(), w.purpose(), w.summary(),
					w.recommendation(), w.action(), w.contact(), w.background(), w.highlights(), w.financial(),
					w.accountsPeriod() == null ? null : "P" + w.accountsPeriod()))
			.orElse(new ReportForm("Improvement and Innovation Board", null, "For information.",
					"This monitoring report presents a summary of the performance against the business plan for " + year + " to the end of Q"
							+ quarter + ".",
					"That the Board notes the monitoring report and highlights any areas for further action or report back.",
					"Officers to initiate any required action.", null, null, null, null, null));
	}

	@Transactional
	public void saveWords(FinancialYear year, int quarter, ReportForm form) {
		List<FieldError> errors = new ArrayList<>();
		LocalDate meeting = null;
		if (Forms.blankToNull(form.meetingDate()) != null) {
			try {
				meeting = LocalDate.parse(form.meetingDate().trim());
			}
			catch (DateTimeParseException ex) {
				errors.add(FieldError.field("meetingDate", form.meetingDate(), "Enter the date of the meeting as YYYY-MM-DD, such as 2016-01-19"));
			}
		}
		Integer period = null;
		if (Forms.blankToNull(form.accountsPeriod()) != null) {
			String p = form.accountsPeriod().trim().toUpperCase(Locale.ROOT);
			if (p.matches("P?(1[0-2]|[1-9])")) {
				period = Integer.parseInt(p.replace("P", ""));
			}
			else {
				errors.add(FieldError.field("accountsPeriod", form.accountsPeriod(), "Enter the period of the management accounts, P1 to P12"));
			}
		}
		if (Forms.blankToNull(form.purpose()) == null) {
			errors.add(FieldError.field("purpose", "", "Enter the purpose of the report, such as For information."));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		WordsRow row = new WordsRow(year.start(), quarter, Forms.blankToNull(form.board()), meeting, Forms.blankToNull(form.purpose()),
				Forms.blankToNull(form.summary()), Forms.blankToNull(form.recommendation()), Forms.blankToNull(form.action()),
				Forms.blankToNull(form.contact()), Forms.blankToNull(form.background()), Forms.blankToNull(form.highlights()),
				Forms.blankToNull(form.financial()), period);
		WordsRow before = repository.words(year.start(), quarter).orElse(null);
		repository.saveWords(row);
		audit.updated("performance-report", year.path() + "/Q" + quarter, "Words of the performance report " + year + " Q" + quarter + " saved", before, row);
	}

	/** The report as at the end of {@code quarter}, with the accounts of the chosen (or latest) period. */
	public Report build(FinancialYear year, int quarter) {
		ReportForm words = words(year, quarter);
		Plan plan = performance.plan(year, quarter);
		RagSummary summary = RagSummary.of(plan);
		Optional<AccountPeriod> period = words.accountsPeriod() != null
				? accounts.find(year, Integer.parseInt(words.accountsPeriod().substring(1)))
				: accounts.latest(year);
		LocalDate issued = words.meetingDate() != null ? LocalDate.parse(words.meetingDate()) : year.quarterEnd(quarter);
		Report.Builder report = Report.titled("Performance and Finance report")
			.subtitle((words.board() == null ? "" : words.board() + ", ") + DATE.format(issued) + " — " + year + " to the end of Q" + quarter)
			.author(words.board() == null ? "Stocktake" : words.board())
			.issued(issued);
		if (plan.demonstration()) {
			report.paragraph("Demonstration data: the association's published figures for " + year + ".");
		}
		section(report, "Purpose", words.purpose());
		section(report, "Summary", words.summary());
		section(report, "Recommendation", words.recommendation());
		section(report, "Action", words.action());
		if (words.contact() != null) {
			report.facts(List.of(new Fact("Contact officer", words.contact())));
		}
		Numbering n = new Numbering();
		report.heading("Background");
		n.paragraphs(report, words.background());
		report.heading("Performance");
		String asAt = MONTH.format(year.quarterEnd(quarter));
		report.paragraph(n.next() + summary.sentence() + (words.highlights() == null ? "" : " Key highlights to the end of " + asAt + " include:"));
		n.subParagraphs(report, words.highlights());
		report.heading("Financial performance");
		period.ifPresent(p -> {
			AccountPeriod.Totals net = p.net(null);
			BigDecimal v = net.varianceOutturn();
			report.paragraph(n.next() + "The management accounts to the end of " + MONTH.format(year.periodEnd(p.period())) + " " + year.periodEnd(p.period()).getYear()
					+ " (period " + p.period() + ") are attached at Annex C and show a projected " + (v.signum() <= 0 ? "underspend" : "overspend")
					+ " of " + AccountRule.money(v) + " for the year.");
		});
		n.paragraphs(report, words.financial());
		List<Outcome> outcomes = outcomes(year);
		if (!outcomes.isEmpty()) {
			report.subheading("Programme outcomes");
			report.table("Programme outcomes " + year, List.of(Column.text("Programme"), Column.number("Savings (£)"), Column.number("Investment (£)"),
					Column.number("Return per £1"), Column.number("Councils supported"), Column.text("Source")), outcomes.stream()
						.map(o -> List.of(o.programme(), Delivery.format(o.savings()), Delivery.format(o.investment()),
								o.returnPerPound() == null ? "" : "£" + o.returnPerPound().toPlainString(),
								o.councilsSupported() == null ? "" : o.councilsSupported().toString(), o.source() == null ? "" : o.source()))
						.toList());
		}
		annexA(report, plan, asAt);
		annexB(report, plan);
		period.ifPresent(p -> annexC(report, p));
		return report.build();
	}

	private static void annexA(Report.Builder report, Plan plan, String asAt) {
		report.heading("Annex A: key targets");
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<String, List<Target>> theme : plan.annexA().entrySet()) {
			for (Target t : theme.getValue()) {
				rows.add(List.of(theme.getKey(), t.annexAText() == null ? t.description() : t.annexAText(), t.narrative() == null ? "" : t.narrative(),
						word(t.rag()), word(t.computed().rag()) + ": " + t.computed().explanation(),
						t.override() == null ? "" : t.overrideCommentary()));
			}
		}
		report.table("Annex A: the key targets, what was delivered by the end of " + asAt + ", and the rating",
				List.of(Column.text("Theme"), Column.text("Target"), Column.text("What we delivered"), Column.text("Rating"),
						Column.text("Computed rating"), Column.text("Rating commentary")), rows);
	}

	private static void annexB(Report.Builder report, Plan plan) {
		report.heading("Annex B: number delivered per quarter");
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<String, List<Target>> theme : plan.annexB().entrySet()) {
			for (Target t : theme.getValue()) {
				rows.add(List.of(theme.getKey(), t.description(), t.targetText(), t.quarter(1).display(), t.quarter(2).display(), t.quarter(3).display(),
						t.quarter(4).display(), t.totalText(), t.percentText(), t.commentary() == null ? "" : t.commentary()));
			}
		}
		report.table("Annex B: deliverables " + plan.year() + ", number delivered per quarter",
				List.of(Column.text("Theme"), Column.text("Deliverable"), Column.number("Target"), Column.number("Q1 Apr–Jun"),
						Column.number("Q2 Jul–Sep"), Column.number("Q3 Oct–Dec"), Column.number("Q4 Jan–Mar"), Column.number("Total"),
						Column.number("% achieved"), Column.text("Commentary/forecast")), rows);
	}

	private static void annexC(Report.Builder report, AccountPeriod p) {
		report.heading("Annex C: management accounts");
		report.paragraph("As at period " + p.period() + ", in £000s; income in brackets. RAG key: G within 5% of budget, A between 5% and 10% of budget, "
				+ "R more than 10% under or over budget.");
		List<List<String>> rows = new ArrayList<>();
		for (Section section : Section.values()) {
			for (LineType type : LineType.values()) {
				List<AccountLine> lines = p.lines(section, type);
				for (AccountLine l : lines) {
					rows.add(List.of(l.line(), k(l.signed(l.budgetYtd())), k(l.signed(l.actualYtd())), k(l.varianceYtd()), k(l.signed(l.budgetYear())),
							k(l.signed(l.forecastOutturn())), k(l.varianceOutturn()), l.rag().name().substring(0, 1),
							(l.commentary() == null ? "" : l.commentary()) + (l.override() != null && l.override() != l.computed().rag()
									? " (Rated " + l.rag().name().substring(0, 1) + " by officers, computed " + l.computed().rag().name().substring(0, 1) + ": "
											+ l.overrideCommentary() + ")" : "")));
				}
				if (!lines.isEmpty() && section == Section.CORE) {
					AccountPeriod.Totals t = p.totals(section, type);
					BigDecimal sign = type == LineType.INCOME ? BigDecimal.ONE.negate() : BigDecimal.ONE;
					rows.add(List.of("Total core " + (type == LineType.INCOME ? "income" : "expenditure"), k(t.budgetYtd().multiply(sign)),
							k(t.actualYtd().multiply(sign)), k(t.varianceYtd()), k(t.budgetYear().multiply(sign)), k(t.forecastOutturn().multiply(sign)),
							k(t.varianceOutturn()), "", ""));
				}
			}
			if (section == Section.RING_FENCED && p.lines().stream().anyMatch(l -> l.section() == Section.RING_FENCED)) {
				AccountPeriod.Totals t = p.net(Section.RING_FENCED);
				rows.add(List.of("Net ring-fenced position", k(t.budgetYtd()), k(t.actualYtd()), k(t.varianceYtd()), k(t.budgetYear()),
						k(t.forecastOutturn()), k(t.varianceOutturn()), "", ""));
			}
		}
		AccountPeriod.Totals net = p.net(null);
		rows.add(List.of("Net position (surplus) deficit", k(net.budgetYtd()), k(net.actualYtd()), k(net.varianceYtd()), k(net.budgetYear()),
				k(net.forecastOutturn()), k(net.varianceOutturn()), "", ""));
		report.table("Annex C: management accounts as at period " + p.period() + " (£000s)",
				List.of(Column.text("Description"), Column.number("Budget YTD"), Column.number("Actuals YTD"), Column.number("Variance YTD"),
						Column.number("Budget year"), Column.number("Forecast outturn"), Column.number("Budget to outturn variance"),
						Column.text("RAG"), Column.text("Commentary")), rows);
	}

	/** £000s as the accounts print them: 9,414, (9,422), and a dash for nil. */
	static String k(BigDecimal pounds) {
		BigDecimal thousands = pounds.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
		if (thousands.signum() == 0) {
			return "-";
		}
		String text = new java.text.DecimalFormat("#,##0").format(thousands.abs());
		return thousands.signum() < 0 ? "(" + text + ")" : text;
	}

	private static String word(Rag rag) {
		return switch (rag) {
			case GREEN -> "Green";
			case AMBER -> "Amber";
			case RED -> "Red";
			case NOT_RATED -> "Not rated";
		};
	}

	private static void section(Report.Builder report, String heading, String text) {
		if (text == null) {
			return;
		}
		report.heading(heading);
		for (String p : text.split("\\R\\s*\\R")) {
			if (!p.isBlank()) {
				report.paragraph(p.trim());
			}
		}
	}

	/** Paragraph numbers running through the report's sections (1., 2., and 2.1. for "- " lines under the one before). */
	private static final class Numbering {

		private int main;
		private int sub;

		String next() {
			main++;
			sub = 0;
			return main + ". ";
		}

		void paragraphs(Report.Builder report, String text) {
			if (text == null) {
				return;
			}
			for (String block : text.split("\\R\\s*\\R")) {
				String p = block.trim();
				if (p.isEmpty()) {
					continue;
				}
				if (p.startsWith("- ") && main > 0) {
					for (String line : p.split("\\R")) {
						report.paragraph(main + "." + (++sub) + ". " + line.trim().replaceFirst("^- ", ""));
					}
				}
				else {
					report.paragraph(next() + p);
				}
			}
		}

		void subParagraphs(Report.Builder report, String text) {
			if (text == null) {
				return;
			}
			for (String line : text.split("\\R")) {
				String l = line.trim().replaceFirst("^- ", "");
				if (!l.isEmpty()) {
					report.paragraph(main + "." + (++sub) + ". " + l);
				}
			}
		}
	}
}
