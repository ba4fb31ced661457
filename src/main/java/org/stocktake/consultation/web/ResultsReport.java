package org.stocktake.consultation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.stocktake.consultation.Consultations;
import org.stocktake.consultation.LondonTime;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.consultation.Results;
import org.stocktake.reporting.Report;

/**
 * The summary report of results: per question, a bar chart drawn with block characters (the shared
 * report model has no image block) beside the table of the same counts and percentages.
 */
@Component
class ResultsReport {

	static final int BAR_WIDTH = 25;

	private final Consultations consultations;

	ResultsReport(Consultations consultations) {
		this.consultations = consultations;
	}

	Report summary(Questionnaire q, Results results) {
		Report.Builder report = Report.titled(q.title() + ": summary of results")
			.issued(LocalDate.ofInstant(consultations.now(), Consultations.LONDON));
		report.paragraph(results.responses() == null
				? "Fewer than " + results.minimumCell() + " responses have been received, so no figures are shown."
				: results.responses() + " responses. Figures resting on fewer than " + results.minimumCell() + " respondents are not shown.");
		if (q.closesAt() != null) {
			report.paragraph("Closing time: " + LondonTime.format(q.closesAt()) + ".");
		}
		report.paragraph("No individual or authority is identified in this summary.");
		for (Results.QuestionResult r : results.questions()) {
			report.heading((r.number() == null ? "" : r.number() + ". ") + r.text());
			if (r.suppressed()) {
				report.paragraph("Not shown: fewer than " + results.minimumCell() + " respondents answered this question.");
				continue;
			}
			if (r.options().isEmpty()) {
				report.paragraph(r.answered() + " respondents answered" + (r.mean() == null ? "." : "; the mean was " + r.mean() + "."));
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			for (Results.OptionCount o : r.options()) {
				int blocks = o.percentage() == null ? 0 : (int) Math.round(o.percentage() * BAR_WIDTH / 100.0);
				rows.add(List.of(o.label(), "█".repeat(blocks), String.valueOf(o.count()), o.percentage() == null ? "" : o.percentage() + "%"));
			}
			report.table("Answers to question " + (r.number() == null ? r.key() : r.number()) + " (" + r.answered() + " answered"
					+ (r.mean() == null ? "" : ", mean " + r.mean()) + ")",
					List.of(Report.Column.text("Answer"), Report.Column.text("Chart"), Report.Column.number("Count"), Report.Column.number("Percentage")),
					rows);
		}
		return report.build();
	}
}
