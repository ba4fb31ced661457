package org.stocktake.knowledge.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.knowledge.MoneyUnits;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.register.Area;
import org.stocktake.register.GssCode;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/**
 * Imports partnerships, one a row: {@code phase,partnership,region,members,lead,funding_awarded,part_funding_years}.
 * Members are GSS codes separated by semicolons; the lead is a GSS code (an authority), any other
 * name (another body) or blank (not yet named). A partnership is keyed by phase and name, so
 * importing the same file again changes nothing.
 */
@Component
public class OpeImport {

	static final Set<String> COLUMNS = Set.of("phase", "partnership", "region", "members", "lead", "funding_awarded");

	private final OpeRepository repository;
	private final Register register;
	private final AuditLog audit;

	OpeImport(OpeRepository repository, Register register, AuditLog audit) {
		this.repository = repository;
		this.register = register;
		this.audit = audit;
	}

	@Transactional
	public ImportResult run(byte[] content, MoneyUnits units, String source, boolean dryRun) {
		CsvFile file = CsvFile.parse(content, COLUMNS);
		RowErrors errors = new RowErrors();
		List<OpeRepository.Row> parsed = new ArrayList<>();
		Set<String> keys = new java.util.HashSet<>();
		for (CsvFile.Row row : file.rows()) {
			OpeRepository.Row r = parse(row, units, source, errors);
			if (r != null && !keys.add(r.phase() + "|" + r.name().toLowerCase(java.util.Locale.ROOT))) {
				errors.add(row.line(), "partnership", r.name(), "This partnership appears twice in phase " + r.phase());
			}
			parsed.add(r);
		}
		errors.throwIfAny();
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		for (OpeRepository.Row r : parsed) {
			Optional<OpeRepository.Row> existing = repository.find(r.phase(), r.name());
			if (existing.isEmpty()) {
				inserted++;
				if (!dryRun) {
					long id = repository.insert(r);
					audit.created("ope_partnership", Long.toString(id), "One Public Estate partnership " + r.name() + " (phase " + r.phase() + ")", r);
				}
			}
			else if (same(existing.get(), r)) {
				unchanged++;
			}
			else {
				updated++;
				if (!dryRun) {
					repository.update(existing.get().id(), r);
					audit.updated("ope_partnership", Long.toString(existing.get().id()), "One Public Estate partnership " + r.name(), existing.get(), r);
				}
			}
		}
		return new ImportResult(inserted, updated, unchanged, 0, List.of(), dryRun);
	}

	private static boolean same(OpeRepository.Row a, OpeRepository.Row b) {
		return a.region().equals(b.region()) && a.leadKind().equals(b.leadKind()) && Objects.equals(a.leadGss(), b.leadGss())
				&& Objects.equals(a.leadBody(), b.leadBody()) && a.funding().compareTo(b.funding()) == 0
				&& a.partFundingYears().equals(b.partFundingYears()) && a.members().equals(b.members());
	}

	private OpeRepository.Row parse(CsvFile.Row row, MoneyUnits units, String source, RowErrors errors) {
		int before = errors.count();
		int line = row.line();
		Integer phase = null;
		try {
			phase = Integer.parseInt(row.get("phase"));
			if (phase < 1) {
				throw new NumberFormatException();
			}
		}
		catch (NumberFormatException ex) {
			errors.add(line, "phase", row.get("phase"), "The phase is a whole number from 1");
		}
		String name = row.get("partnership");
		if (name.isBlank() || name.length() > 200) {
			errors.add(line, "partnership", name, "Give the partnership's name (at most 200 characters)");
		}
		Optional<Region> region = Region.parse(row.get("region"));
		if (region.isEmpty()) {
			errors.add(line, "region", row.get("region"), "The region is an ONS region code (E12000001…E12000009, W92000004) or its name");
		}
		Set<String> members = new LinkedHashSet<>();
		if (row.isBlank("members")) {
			errors.add(line, "members", "", "List the member authorities' GSS codes, separated by semicolons");
		}
		for (String code : row.get("members").split(";")) {
			if (code.isBlank()) {
				continue;
			}
			Optional<Area> area = resolve(code);
			if (area.isEmpty()) {
				errors.add(line, "members", code.trim(), "No authority in the register has this GSS code");
			}
			else if (!members.add(area.get().gssCode())) {
				errors.add(line, "members", code.trim(), "This authority is listed twice");
			}
		}
		String leadKind;
		String leadGss = null;
		String leadBody = null;
		String lead = row.get("lead");
		if (lead.isBlank()) {
			leadKind = "NOT_NAMED";
		}
		else if (GssCode.isValid(lead.toUpperCase(java.util.Locale.ROOT))) {
			leadKind = "AUTHORITY";
			Optional<Area> area = resolve(lead);
			if (area.isEmpty()) {
				errors.add(line, "lead", lead, "No authority in the register has this GSS code");
			}
			else {
				leadGss = area.get().gssCode();
			}
		}
		else {
			leadKind = "OTHER_BODY";
			leadBody = lead;
		}
		BigDecimal funding = null;
		try {
			funding = new BigDecimal(row.get("funding_awarded").replace(",", "").replace("£", "").trim());
			if (funding.signum() < 0) {
				throw new NumberFormatException();
			}
			funding = units.toPounds(funding);
		}
		catch (NumberFormatException ex) {
			errors.add(line, "funding_awarded", row.get("funding_awarded"), "The funding awarded is an amount of money of 0 or more");
		}
		List<String> years = new ArrayList<>();
		for (String y : row.get("part_funding_years").split(";")) {
			if (y.isBlank()) {
				continue;
			}
			String year = y.trim().replace('-', '/');
			if (!year.matches("\\d{4}/\\d{2}") || (Integer.parseInt(year.substring(0, 4)) + 1) % 100 != Integer.parseInt(year.substring(5))) {
				errors.add(line, "part_funding_years", y.trim(), "A financial year is written like 2015/16");
			}
			else {
				years.add(year);
			}
		}
		if (errors.count() > before) {
			return null;
		}
		return new OpeRepository.Row(0, phase, name.trim(), region.get().code(), leadKind, leadGss, leadBody, funding, years, List.copyOf(members),
				source);
	}

	private Optional<Area> resolve(String code) {
		String c = code.trim().toUpperCase(java.util.Locale.ROOT);
		return GssCode.isValid(c) ? register.find(c) : Optional.empty();
	}
}
