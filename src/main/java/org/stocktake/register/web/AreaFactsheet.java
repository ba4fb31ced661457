package org.stocktake.register.web;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stocktake.register.Area;
import org.stocktake.register.Register;
import org.stocktake.reporting.Report;
import org.stocktake.reporting.Report.Column;
import org.stocktake.reporting.Report.Fact;
import org.stocktake.reporting.Reports;
import org.stocktake.reporting.Reports.Format;

/** An authority's register entry as a document to keep or send: the facts of its page, as PDF or Word. */
@Controller
class AreaFactsheet {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Register register;
	private final Reports reports;
	private final MessageSource messages;

	AreaFactsheet(Register register, Reports reports, MessageSource messages) {
		this.register = register;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/areas/{gssCode}/factsheet.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String gssCode) {
		return download(gssCode, Format.PDF);
	}

	@GetMapping("/areas/{gssCode}/factsheet.docx")
	ResponseEntity<byte[]> docx(@PathVariable String gssCode) {
		return download(gssCode, Format.DOCX);
	}

	private ResponseEntity<byte[]> download(String gssCode, Format format) {
		Area area = register.get(gssCode);
		return reports.download(factsheet(area), format, area.gssCode() + "-factsheet");
	}

	Report factsheet(Area area) {
		Report.Builder report = Report.titled(area.officialName())
			.subtitle(text("factsheet.subtitle", area.gssCode()))
			.author(text("factsheet.author"));
		if (!area.current()) {
			report.paragraph(text("area.abolished"));
		}
		report.facts(facts(area));
		areaList(report, "area.successors", area.successorGssCodes().stream().map(register::get).toList());
		areaList(report, "area.predecessors", area.predecessorGssCodes().stream().map(register::get).toList());
		areaList(report, "area.children", register.children(area));
		var groups = register.groupsOf(area);
		if (!groups.isEmpty()) {
			report.heading(text("area.groups"))
				.table(text("area.groups"), List.of(Column.text(text("factsheet.group")), Column.text(text("factsheet.groupKind"))),
						groups.stream().map(g -> List.of(g.name(), text("groupKind." + g.kind().name()))).toList());
		}
		report.paragraph(text("factsheet.source"));
		return report.build();
	}

	private List<Fact> facts(Area area) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(text("area.gss"), area.gssCode()));
		if (!area.formerGssCodes().isEmpty()) {
			facts.add(new Fact(text("area.formerGss"), String.join(", ", area.formerGssCodes())));
		}
		facts.add(new Fact(text("area.shortName"), area.name()));
		facts.add(new Fact(text("area.type"), text(area.type().messageKey())));
		facts.add(new Fact(text("area.region"), area.region().displayName()));
		if (area.type().principalCouncil()) {
			String tier = area.type().upperTier() && area.type().lowerTier() ? "area.tier.single"
					: area.type().upperTier() ? "area.tier.upper" : "area.tier.lower";
			facts.add(new Fact(text("area.tier"), text(tier)));
		}
		if (area.parentCode() != null) {
			register.byCode(area.parentCode()).ifPresent(parent -> facts.add(new Fact(text("area.parent"), parent.name())));
		}
		String dates = area.startDate() == null ? text("area.startUnknown") : text("area.from", DATE.format(area.startDate()));
		if (area.endDate() != null) {
			dates += " " + text("area.to", DATE.format(area.endDate()));
		}
		facts.add(new Fact(text("area.dates"), dates));
		if (area.population2020() != null) {
			facts.add(new Fact(text("area.population"), NumberFormat.getIntegerInstance(Locale.UK).format(area.population2020())));
		}
		return facts;
	}

	private void areaList(Report.Builder report, String headingKey, List<Area> areas) {
		if (areas.isEmpty()) {
			return;
		}
		report.heading(text(headingKey))
			.table(text(headingKey), List.of(Column.text(text("factsheet.name")), Column.text(text("area.gss")),
					Column.text(text("factsheet.status"))),
					areas.stream()
						.map(a -> List.of(a.name(), a.gssCode(), text(a.current() ? "factsheet.current" : "factsheet.abolished")))
						.toList());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}
