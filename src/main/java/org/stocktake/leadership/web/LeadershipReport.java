package org.stocktake.leadership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.stocktake.leadership.BoardTables;
import org.stocktake.leadership.CrossTab;
import org.stocktake.leadership.Distribution;
import org.stocktake.leadership.EvaluationSummary;
import org.stocktake.leadership.Evaluations;
import org.stocktake.leadership.TargetProgress;
import org.stocktake.reporting.Report;

/** The leadership offer's section of a board report: the four tables, the profile, progress and evaluations. */
final class LeadershipReport {

	private LeadershipReport() {
	}

	static Report build(BoardTables tables, Evaluations evaluations, LocalDate from, LocalDate to, LocalDate today) {
		Report.Builder report = Report.titled("Highlighting Leadership offer")
			.subtitle("Bookings on events starting " + (from == null ? "at any time" : "from " + from) + (to == null ? "" : " to " + to))
			.issued(today)
			.heading("Engagement on leadership programmes");
		for (String by : BoardTables.CROSSTABS) {
			CrossTab table = tables.crossTab(by, from, to);
			List<Report.Column> columns = new ArrayList<>();
			columns.add(Report.Column.text(label(by)));
			table.programmes().forEach(p -> columns.add(Report.Column.number(p)));
			columns.add(Report.Column.number("Total"));
			List<List<String>> rows = new ArrayList<>();
			for (CrossTab.Row row : table.rows()) {
				List<String> cells = new ArrayList<>(List.of(row.label()));
				row.counts().forEach(c -> cells.add(c.toString()));
				cells.add(Integer.toString(row.total()));
				rows.add(cells);
			}
			List<String> totals = new ArrayList<>(List.of("Total"));
			table.totals().forEach(c -> totals.add(c.toString()));
			totals.add(Integer.toString(table.total()));
			rows.add(totals);
			report.table("Bookings by programme and " + label(by).toLowerCase(java.util.Locale.ROOT), columns, rows);
		}
		report.heading("Age and ethnicity of participants");
		for (String by : List.of("age_range", "ethnicity")) {
			Distribution d = tables.distribution(by, from, to);
			List<List<String>> rows = d.shares().stream()
				.filter(s -> s.count() > 0)
				.map(s -> List.of(s.label(), Integer.toString(s.count()), s.percent() == null ? "" : s.percent() + "%"))
				.toList();
			if (!rows.isEmpty()) {
				report.table(by.equals("age_range") ? "Age range" : "Ethnic origin",
						List.of(Report.Column.text(by.equals("age_range") ? "Age range" : "Ethnic origin"), Report.Column.number("Bookings"),
								Report.Column.number("Share")), rows);
			}
		}
		List<TargetProgress> progress = tables.progress(BoardTables.financialYearOf(from != null ? from : today));
		if (!progress.isEmpty()) {
			report.heading("Progress against the year's targets");
			report.table("Targets", List.of(Report.Column.text("Target"), Report.Column.number("Target"), Report.Column.number("Achieved"),
					Report.Column.number("Per cent")), progress.stream()
						.map(p -> List.of(p.description(), Integer.toString(p.target()), Integer.toString(p.achieved()), p.percent() + "%"))
						.toList());
		}
		EvaluationSummary summary = evaluations.summary(null);
		if (!summary.modules().isEmpty()) {
			report.heading("Evaluation summary");
			report.table("Overall event satisfaction averages (1 = poor, 2 = fair, 3 = good, 4 = excellent)",
					List.of(Report.Column.text("Programme"), Report.Column.text("Event"), Report.Column.number("Module"),
							Report.Column.number("Responses"), Report.Column.number("Average")),
					summary.modules().stream()
						.map(m -> List.of(m.programme(), m.event(), Integer.toString(m.module()), Integer.toString(m.responses()),
								m.average() != null ? m.average().toPlainString()
										: m.reportedAverage() != null ? m.reportedAverage().stripTrailingZeros().toPlainString() + " (reported)" : ""))
						.toList());
		}
		return report.build();
	}

	static String label(String by) {
		return switch (by) {
			case "party" -> "Party";
			case "region" -> "Region";
			case "council_type" -> "Council type";
			case "gender" -> "Gender";
			default -> by;
		};
	}
}
