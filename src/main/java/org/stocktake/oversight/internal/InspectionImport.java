package org.stocktake.oversight.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.oversight.Framework;
import org.stocktake.oversight.Inspection;
import org.stocktake.oversight.Inspection.Judgement;
import org.stocktake.platform.audit.AuditAction;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.register.Area;
import org.stocktake.register.GssCode;
import org.stocktake.register.Register;

/**
 * Imports inspection judgements from CSV: one row per inspection, keyed by authority, inspectorate,
 * framework and publication date. Every row is checked before anything is written; a file with any
 * problem writes nothing, and importing the same file again changes nothing.
 */
@Service
public class InspectionImport {

	public static final List<String> HEADER = List.of("area", "inspectorate", "framework", "start_date", "end_date",
			"publication_date", "overall_grade");

	public static final List<String> OPTIONAL = List.of("inspection_type", "report_url");

	/** Sub-judgements come in columns named {@code judgement_<name>}, e.g. {@code judgement_help_and_protection}. */
	public static final String JUDGEMENT_PREFIX = "judgement_";

	private final InspectionRepository inspections;
	private final Register register;
	private final AuditLog audit;

	InspectionImport(InspectionRepository inspections, Register register, AuditLog audit) {
		this.inspections = inspections;
		this.register = register;
		this.audit = audit;
	}

	@Transactional
	public ImportResult run(byte[] content, boolean dryRun) {
		CsvFile file = CsvFile.parse(content, new LinkedHashSet<>(HEADER));
		List<Framework> frameworks = inspections.frameworks();
		List<String> judgementColumns = file.header().stream().filter(c -> c.startsWith(JUDGEMENT_PREFIX)).toList();
		RowErrors errors = new RowErrors();
		Map<String, Integer> seen = new HashMap<>();
		List<Inspection> rows = new ArrayList<>();
		for (CsvFile.Row row : file.rows()) {
			Optional<Inspection> parsed = parse(row, frameworks, judgementColumns, errors);
			parsed.ifPresent(i -> {
				Integer first = seen.putIfAbsent(InspectionRepository.key(i), row.line());
				if (first != null) {
					errors.add(row.line(), "publication_date", row.get("publication_date"),
							"Repeats line " + first + ": the same authority, framework and publication date");
				}
				else {
					rows.add(i);
				}
			});
		}
		errors.throwIfAny();

		Map<String, Inspection> existing = inspections.byKey();
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		List<AuditLog.Change> changes = new ArrayList<>();
		for (Inspection i : rows) {
			Inspection before = existing.get(InspectionRepository.key(i));
			if (before == null) {
				inserted++;
				if (!dryRun) {
					long id = inspections.insert(i);
					changes.add(new AuditLog.Change(AuditAction.CREATE, "inspection", String.valueOf(id), describe(i), null, i));
				}
			}
			else if (sameContent(before, i)) {
				unchanged++;
			}
			else {
				updated++;
				if (!dryRun) {
					inspections.update(before.id(), i);
					changes.add(new AuditLog.Change(AuditAction.UPDATE, "inspection", String.valueOf(before.id()), describe(i), before, i));
				}
			}
		}
		audit.record(changes);
		return new ImportResult(inserted, updated, unchanged, 0, List.of(), dryRun);
	}

	private Optional<Inspection> parse(CsvFile.Row row, List<Framework> frameworks, List<String> judgementColumns, RowErrors errors) {
		int line = row.line();
		int before = errors.count();
		Area area = area(row, errors);
		String inspectorate = row.get("inspectorate").toLowerCase(Locale.ROOT);
		String frameworkSlug = row.get("framework").toLowerCase(Locale.ROOT);
		Framework framework = null;
		Set<String> inspectorates = frameworks.stream().map(Framework::inspectorate).collect(Collectors.toCollection(LinkedHashSet::new));
		if (inspectorate.isBlank()) {
			errors.add(line, "inspectorate", "", "Enter the inspectorate: one of " + String.join(", ", inspectorates));
		}
		else if (!inspectorates.contains(inspectorate)) {
			errors.add(line, "inspectorate", row.get("inspectorate"),
					"Unknown inspectorate; Stocktake knows " + String.join(", ", inspectorates));
		}
		else {
			List<Framework> ofInspectorate = frameworks.stream().filter(f -> f.inspectorate().equals(inspectorate)).toList();
			framework = ofInspectorate.stream().filter(f -> f.slug().equals(frameworkSlug)).findFirst().orElse(null);
			if (framework == null) {
				errors.add(line, "framework", row.get("framework"), "Unknown framework for " + inspectorate + "; its frameworks are "
						+ ofInspectorate.stream().map(Framework::slug).collect(Collectors.joining(", ")));
			}
		}
		if (framework != null && area != null && !framework.inspects(area.type())) {
			errors.add(line, "area", row.get("area"), framework.slug() + " does not inspect " + area.name() + ", a "
					+ area.type().name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		LocalDate start = date(row, "start_date", false, errors);
		LocalDate end = date(row, "end_date", false, errors);
		LocalDate published = date(row, "publication_date", true, errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.add(line, "end_date", row.get("end_date"), "The inspection ends before it starts (" + start + ")");
		}
		if (end != null && published != null && published.isBefore(end)) {
			errors.add(line, "publication_date", row.get("publication_date"), "The report is published before the inspection ends (" + end + ")");
		}
		String grade = grade(row, "overall_grade", framework, errors);
		List<Judgement> judgements = new ArrayList<>();
		for (String column : judgementColumns) {
			String g = grade(row, column, framework, errors);
			if (g != null) {
				judgements.add(new Judgement(column.substring(JUDGEMENT_PREFIX.length()).replace('_', ' '), g));
			}
		}
		String url = row.values().getOrDefault("report_url", "");
		if (!url.isBlank() && !isWebAddress(url)) {
			errors.add(line, "report_url", url, "Give the report's web address, starting https:// or http://");
		}
		String type = row.values().getOrDefault("inspection_type", "").toLowerCase(Locale.ROOT);
		if (errors.count() > before) {
			return Optional.empty();
		}
		return Optional.of(new Inspection(0, area.code(), area.gssCode(), area.name(), inspectorate, framework.slug(),
				type.isBlank() ? null : type, start, end, published, grade, judgements, url.isBlank() ? null : url));
	}

	private Area area(CsvFile.Row row, RowErrors errors) {
		String code = row.get("area");
		if (code.isBlank()) {
			errors.add(row.line(), "area", "", "Enter the authority's GSS code, for example E08000016");
			return null;
		}
		if (!GssCode.isValid(code)) {
			errors.add(row.line(), "area", code, "Not a GSS code: a letter E, W, S or N and eight digits, for example E08000016");
			return null;
		}
		Optional<Area> area = register.find(code);
		if (area.isEmpty()) {
			errors.add(row.line(), "area", code, "No authority in the register has this code");
			return null;
		}
		return area.get();
	}

	private static LocalDate date(CsvFile.Row row, String column, boolean required, RowErrors errors) {
		String text = row.get(column);
		if (text.isBlank()) {
			if (required) {
				errors.add(row.line(), column, "", "Enter the date the report was published, as YYYY-MM-DD");
			}
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.add(row.line(), column, text, "Not a date: write dates as YYYY-MM-DD, for example 2024-07-23");
			return null;
		}
	}

	private static String grade(CsvFile.Row row, String column, Framework framework, RowErrors errors) {
		String text = row.values().getOrDefault(column, "");
		if (text.isBlank() || framework == null) {
			return null;
		}
		Optional<String> grade = framework.grade(text);
		if (grade.isEmpty()) {
			errors.add(row.line(), column, text, "Not a grade of " + framework.slug() + "; its grades are "
					+ String.join(", ", framework.grades()) + " (leave blank for not graded)");
			return null;
		}
		return grade.get();
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = URI.create(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean sameContent(Inspection a, Inspection b) {
		return java.util.Objects.equals(a.inspectionType(), b.inspectionType()) && java.util.Objects.equals(a.startDate(), b.startDate())
				&& java.util.Objects.equals(a.endDate(), b.endDate()) && java.util.Objects.equals(a.overallGrade(), b.overallGrade())
				&& java.util.Objects.equals(a.reportUrl(), b.reportUrl()) && a.judgements().equals(b.judgements());
	}

	private static String describe(Inspection i) {
		return i.inspectorate() + " " + i.framework() + " inspection of " + i.areaName() + " published " + i.publicationDate();
	}
}
