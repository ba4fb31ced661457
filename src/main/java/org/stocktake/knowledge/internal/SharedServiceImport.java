package org.stocktake.knowledge.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.knowledge.MoneyUnits;
import org.stocktake.knowledge.SharedService;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.register.Area;
import org.stocktake.register.GssCode;
import org.stocktake.register.Register;

/**
 * Imports arrangements from CSV or XLSX, one a row:
 * {@code reference,service,partners,lead,start_date,annual_savings,status,description,source}. Partners
 * are two or more GSS codes separated by semicolons; the lead, if given, is one of them. Keyed by
 * reference, so importing the same file again changes nothing — and an exported file imports back.
 */
@Component
public class SharedServiceImport {

	public static final List<String> HEADER = List.of("reference", "service", "partners", "lead", "start_date", "annual_savings", "status",
			"description", "source");

	private final SharedServiceRepository repository;
	private final Register register;
	private final AuditLog audit;

	SharedServiceImport(SharedServiceRepository repository, Register register, AuditLog audit) {
		this.repository = repository;
		this.register = register;
		this.audit = audit;
	}

	@Transactional
	public ImportResult run(byte[] content, MoneyUnits units, boolean dryRun) {
		CsvFile file = CsvFile.parse(content, Set.of("reference", "service", "partners", "status"));
		RowErrors errors = new RowErrors();
		List<SharedServiceRepository.Row> rows = new ArrayList<>();
		Set<String> references = new HashSet<>();
		for (CsvFile.Row row : file.rows()) {
			SharedServiceRepository.Row r = parse(row, units, errors);
			if (r != null && !references.add(r.reference())) {
				errors.add(row.line(), "reference", r.reference(), "This reference appears twice in the file");
			}
			rows.add(r);
		}
		errors.throwIfAny();
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		for (SharedServiceRepository.Row r : rows) {
			Optional<SharedServiceRepository.Row> existing = repository.find(r.reference());
			if (existing.isEmpty()) {
				inserted++;
				if (!dryRun) {
					long id = repository.insert(r);
					audit.created("shared_service", Long.toString(id), "Shared service " + r.reference() + ": " + r.service(), r);
				}
			}
			else if (same(existing.get(), r)) {
				unchanged++;
			}
			else {
				updated++;
				if (!dryRun) {
					repository.update(existing.get().id(), r);
					audit.updated("shared_service", Long.toString(existing.get().id()), "Shared service " + r.reference(), existing.get(), r);
				}
			}
		}
		return new ImportResult(inserted, updated, unchanged, 0, List.of(), dryRun);
	}

	private static boolean same(SharedServiceRepository.Row a, SharedServiceRepository.Row b) {
		return a.service().equals(b.service()) && a.description().equals(b.description()) && a.partners().equals(b.partners())
				&& java.util.Objects.equals(a.leadGss(), b.leadGss()) && java.util.Objects.equals(a.startDate(), b.startDate())
				&& (a.annualSavings() == null ? b.annualSavings() == null : b.annualSavings() != null && a.annualSavings().compareTo(b.annualSavings()) == 0)
				&& a.status().equals(b.status()) && a.source().equals(b.source());
	}

	private SharedServiceRepository.Row parse(CsvFile.Row row, MoneyUnits units, RowErrors errors) {
		int before = errors.count();
		int line = row.line();
		String reference = row.get("reference");
		if (reference.isBlank() || reference.length() > 60) {
			errors.add(line, "reference", reference, "Give each arrangement a reference of at most 60 characters");
		}
		String service = row.get("service");
		if (service.isBlank() || service.length() > 200) {
			errors.add(line, "service", service, "Name the service shared (at most 200 characters)");
		}
		Set<String> partners = new LinkedHashSet<>();
		for (String code : row.get("partners").split(";")) {
			if (code.isBlank()) {
				continue;
			}
			Optional<Area> area = resolve(code);
			if (area.isEmpty()) {
				errors.add(line, "partners", code.trim(), "No authority in the register has this GSS code");
			}
			else if (!partners.add(area.get().gssCode())) {
				errors.add(line, "partners", code.trim(), "This authority is listed twice");
			}
		}
		if (partners.size() < 2 && errors.count() == before) {
			errors.add(line, "partners", row.get("partners"), "An arrangement has two or more partner authorities, separated by semicolons");
		}
		String lead = null;
		if (!row.isBlank("lead")) {
			Optional<Area> area = resolve(row.get("lead"));
			if (area.isEmpty() || !partners.contains(area.get().gssCode())) {
				errors.add(line, "lead", row.get("lead"), "The lead is the GSS code of one of the partners");
			}
			else {
				lead = area.get().gssCode();
			}
		}
		LocalDate start = null;
		if (!row.isBlank("start_date")) {
			try {
				start = LocalDate.parse(row.get("start_date"));
			}
			catch (DateTimeParseException ex) {
				errors.add(line, "start_date", row.get("start_date"), "Write the start date like 2015-04-01");
			}
		}
		BigDecimal savings = null;
		if (!row.isBlank("annual_savings")) {
			try {
				savings = new BigDecimal(row.get("annual_savings").replace(",", "").replace("£", ""));
				if (savings.signum() < 0) {
					throw new NumberFormatException();
				}
				savings = units.toPounds(savings);
			}
			catch (NumberFormatException ex) {
				errors.add(line, "annual_savings", row.get("annual_savings"), "The annual savings are an amount of money of 0 or more");
			}
		}
		String status = row.get("status").trim().toUpperCase(Locale.ROOT);
		try {
			SharedService.Status.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			errors.add(line, "status", row.get("status"), "The status is PLANNED, ACTIVE or ENDED");
		}
		if (errors.count() > before) {
			return null;
		}
		return new SharedServiceRepository.Row(0, reference.trim(), service.trim(), row.get("description"), List.copyOf(partners), lead, start, savings,
				status, row.get("source"));
	}

	private Optional<Area> resolve(String code) {
		String c = code.trim().toUpperCase(Locale.ROOT);
		return GssCode.isValid(c) ? register.find(c) : Optional.empty();
	}
}
