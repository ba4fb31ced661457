package org.stocktake.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.performance.AccountLine.LineType;
import org.stocktake.performance.AccountLine.Section;
import org.stocktake.performance.internal.AccountRepository;
import org.stocktake.performance.internal.AccountRepository.LineRow;
import org.stocktake.performance.internal.AccountRepository.PeriodRow;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;

/**
 * The management accounts, imported per financial period from the finance system's export
 * ({@code line,type,budget_ytd,actual_ytd,budget_year,forecast_outturn,commentary}, optional
 * {@code section}, {@code rag}, {@code rag_commentary}) in stated units, all or nothing; each line
 * rated by its type's {@link AccountRule}, with officers' ratings for other reasons kept as overrides.
 */
@Service
public class ManagementAccounts {

	public static final List<String> REQUIRED = List.of("line", "type", "budget_ytd", "actual_ytd", "budget_year", "forecast_outturn", "commentary");

	public enum Units {
		GBP(BigDecimal.ONE), GBP_THOUSANDS(BigDecimal.valueOf(1000));

		private final BigDecimal factor;

		Units(BigDecimal factor) {
			this.factor = factor;
		}

		public static Units parse(String text, String field) {
			try {
				return Units.valueOf(Objects.requireNonNull(text).trim().toUpperCase(Locale.ROOT));
			}
			catch (RuntimeException ex) {
				throw new BadRequestException(field, text, "State the units of the amounts: GBP or GBP_THOUSANDS");
			}
		}
	}

	private final AccountRepository repository;
	private final AuditLog audit;

	ManagementAccounts(AccountRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	public record PeriodSummary(FinancialYear year, int period, String units, java.time.OffsetDateTime importedAt, boolean demonstration) {
		public String periodLabel() {
			return "P" + period;
		}
	}

	public List<PeriodSummary> periods() {
		return repository.periods().stream()
			.map(p -> new PeriodSummary(new FinancialYear(p.yearStart()), p.period(), p.units(), p.importedAt(), p.demonstration()))
			.toList();
	}

	public Optional<AccountPeriod> find(FinancialYear year, int period) {
		Map<LineType, AccountRule> rules = rules().stream().collect(Collectors.toMap(AccountRule::lineType, r -> r));
		return repository.period(year.start(), period).map(p -> new AccountPeriod(year, p.period(), p.units(), p.filename(), p.importedAt(),
				p.demonstration(), repository.lines(p.id()).stream().map(l -> line(l, rules)).toList()));
	}

	public AccountPeriod period(FinancialYear year, int period) {
		return find(year, period).orElseThrow(() -> new NotFoundException("No management accounts for " + year + " P" + period));
	}

	/** The latest period imported for a year, if any. */
	public Optional<AccountPeriod> latest(FinancialYear year) {
		return repository.periods().stream().filter(p -> p.yearStart() == year.start()).findFirst().flatMap(p -> find(year, p.period()));
	}

	public List<AccountRule> rules() {
		return repository.rules().stream().map(r -> new AccountRule(LineType.valueOf(r.lineType()), r.favourableIsGreen(), r.greenWithinPercent(),
				r.amberWithinPercent())).toList();
	}

	/** Changes how a type of line is rated; the thresholds are percentages of the full-year budget. */
	@Transactional
	public void saveRule(AccountRule rule) {
		if (rule.greenWithinPercent().signum() < 0 || rule.amberWithinPercent().compareTo(rule.greenWithinPercent()) < 0) {
			throw new BadRequestException("amberWithinPercent", rule.amberWithinPercent().toPlainString(),
					"The amber limit must be at least the green limit, and neither negative");
		}
		AccountRule before = rules().stream().filter(r -> r.lineType() == rule.lineType()).findFirst().orElseThrow();
		repository.saveRule(new AccountRepository.RuleRow(rule.lineType().name(), rule.favourableIsGreen(), rule.greenWithinPercent(),
				rule.amberWithinPercent()));
		audit.updated("performance-account-rule", rule.lineType().name(), "Rating rule for " + rule.lineType() + " lines changed", before, rule);
	}

	/** An officer's rating of a line for a reason the rule does not see (a timing difference), with the commentary. */
	@Transactional
	public void overrideRag(long lineId, Forms.OverrideForm form) {
		LineRow line = repository.line(lineId).orElseThrow(() -> new NotFoundException("There is no account line " + lineId));
		Rag rag;
		try {
			rag = Rag.parse(form.rag());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("rag", form.rag(), "Select green, amber or red");
		}
		String commentary = Forms.blankToNull(form.commentary());
		if (rag != null && commentary == null) {
			throw new BadRequestException("commentary", "", "Give the commentary that explains the rating");
		}
		repository.override(lineId, rag == null ? null : rag.name(), rag == null ? null : commentary);
		audit.updated("performance-account-line", Long.toString(lineId), "Rating of " + line.line() + (rag == null ? " override removed" : " set to " + rag),
				line, Map.of("rag", rag == null ? "" : rag.name(), "commentary", Objects.toString(commentary, "")));
	}

	/** The import page's file: the API's columns plus year, period and units, the same on every row. */
	@Transactional
	public ImportResult importWithPeriodColumns(String filename, byte[] content, boolean dryRun) {
		Set<String> required = new LinkedHashSet<>(REQUIRED);
		required.addAll(List.of("year", "period", "units"));
		CsvFile file = CsvFile.parse(content, required);
		RowErrors errors = new RowErrors();
		Set<String> keys = new HashSet<>();
		for (CsvFile.Row row : file.rows()) {
			if (FinancialYear.tryParse(row.get("year")) == null) {
				errors.add(row.line(), "year", row.get("year"), "Enter the financial year as 2015/16");
			}
			if (!row.get("period").toUpperCase(Locale.ROOT).matches("P?(1[0-2]|[1-9])")) {
				errors.add(row.line(), "period", row.get("period"), "The period must be P1 (April) to P12 (March)");
			}
			if (!Set.of("GBP", "GBP_THOUSANDS").contains(row.get("units").toUpperCase(Locale.ROOT))) {
				errors.add(row.line(), "units", row.get("units"), "The units must be GBP or GBP_THOUSANDS");
			}
			keys.add(row.get("year") + "|" + row.get("period").toUpperCase(Locale.ROOT).replace("P", "") + "|" + row.get("units").toUpperCase(Locale.ROOT));
		}
		if (errors.isEmpty() && keys.size() > 1) {
			errors.add(2, "period", "", "A file holds one period's accounts in one unit; this one has " + keys.size() + " combinations of year, period and units");
		}
		errors.throwIfAny();
		CsvFile.Row first = file.rows().get(0);
		return run(FinancialYear.parse(first.get("year"), "year"), Integer.parseInt(first.get("period").toUpperCase(Locale.ROOT).replace("P", "")),
				Units.parse(first.get("units"), "units"), filename, file, dryRun);
	}

	@Transactional
	public ImportResult importPeriod(FinancialYear year, int period, Units units, String filename, byte[] content, boolean dryRun) {
		return run(year, period, units, filename, CsvFile.parse(content, new LinkedHashSet<>(REQUIRED)), dryRun);
	}

	private ImportResult run(FinancialYear year, int period, Units units, String filename, CsvFile file, boolean dryRun) {
		RowErrors errors = new RowErrors();
		List<String> warnings = new ArrayList<>();
		List<LineRow> parsed = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (CsvFile.Row row : file.rows()) {
			position++;
			int before = errors.count();
			String name = row.get("line");
			if (name.isBlank()) {
				errors.add(row.line(), "line", "", "Enter the line's description");
			}
			Section section = Section.CORE;
			if (!row.isBlank("section")) {
				try {
					section = Section.valueOf(row.get("section").toUpperCase(Locale.ROOT).replace('-', '_'));
				}
				catch (IllegalArgumentException ex) {
					errors.add(row.line(), "section", row.get("section"), "The section must be CORE or RING_FENCED");
				}
			}
			LineType type = null;
			try {
				type = LineType.valueOf(row.get("type").toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(row.line(), "type", row.get("type"), "The type must be INCOME or EXPENDITURE");
			}
			BigDecimal[] amounts = new BigDecimal[4];
			String[] columns = { "budget_ytd", "actual_ytd", "budget_year", "forecast_outturn" };
			for (int i = 0; i < 4; i++) {
				amounts[i] = amount(row.get(columns[i]));
				if (amounts[i] == null) {
					errors.add(row.line(), columns[i], row.get(columns[i]), "Enter an amount, such as 9414 (a dash for nil)");
				}
				else if (amounts[i].signum() < 0) {
					warnings.add("Line " + row.line() + ": " + columns[i] + " " + row.get(columns[i])
							+ " is negative, read as a contra entry against the line's type");
				}
			}
			Rag override = null;
			if (!row.isBlank("rag")) {
				try {
					override = Rag.parse(row.get("rag"));
				}
				catch (IllegalArgumentException ex) {
					errors.add(row.line(), "rag", row.get("rag"), "The rating must be GREEN, AMBER or RED");
				}
				if (row.isBlank("rag_commentary")) {
					errors.add(row.line(), "rag_commentary", "", "Give the commentary that explains the officer's rating");
				}
			}
			String key = section + "|" + name.toLowerCase(Locale.ROOT);
			Integer earlier = seen.putIfAbsent(key, row.line());
			if (earlier != null && !name.isBlank()) {
				errors.add(row.line(), "line", name, "The line " + name + " is also on line " + earlier + " of the file");
			}
			if (errors.count() > before) {
				continue;
			}
			parsed.add(new LineRow(0, 0, position, section.name(), name, type.name(), amounts[0].multiply(units.factor),
					amounts[1].multiply(units.factor), amounts[2].multiply(units.factor), amounts[3].multiply(units.factor),
					row.isBlank("commentary") ? null : row.get("commentary"), override == null ? null : override.name(),
					override == null ? null : row.get("rag_commentary")));
		}
		errors.throwIfAny();
		Optional<PeriodRow> existingPeriod = repository.period(year.start(), period);
		Map<String, LineRow> existing = existingPeriod.map(p -> repository.lines(p.id())).orElse(List.of()).stream()
			.collect(Collectors.toMap(l -> l.section() + "|" + l.line().toLowerCase(Locale.ROOT), l -> l));
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		long periodId = 0;
		if (!dryRun) {
			periodId = repository.savePeriod(year.start(), period, units.name(), filename, AuditLog.currentActor(), false);
		}
		Set<String> inFile = new HashSet<>();
		for (LineRow l : parsed) {
			String key = l.section() + "|" + l.line().toLowerCase(Locale.ROOT);
			inFile.add(key);
			LineRow old = existing.get(key);
			if (old != null && same(old, l)) {
				unchanged++;
				continue;
			}
			if (old == null) {
				inserted++;
			}
			else {
				updated++;
			}
			if (dryRun) {
				continue;
			}
			LineRow row = new LineRow(0, periodId, l.position(), l.section(), l.line(), l.type(), l.budgetYtd(), l.actualYtd(), l.budgetYear(),
					l.forecastOutturn(), l.commentary(), l.ragOverride(), l.ragOverrideCommentary());
			if (old == null) {
				repository.insertLine(row);
			}
			else {
				repository.updateLine(old.id(), row);
			}
		}
		List<LineRow> gone = existing.entrySet().stream().filter(e -> !inFile.contains(e.getKey())).map(Map.Entry::getValue).toList();
		if (!gone.isEmpty()) {
			warnings.add(gone.size() + " line(s) of the earlier import are not in this file and " + (dryRun ? "would be" : "were") + " removed");
			if (!dryRun) {
				gone.forEach(g -> repository.deleteLine(g.id()));
			}
		}
		if (!dryRun && inserted + updated + gone.size() > 0) {
			audit.updated("performance-accounts", year.path() + "/P" + period, "Management accounts " + year + " P" + period + " imported ("
					+ inserted + " new, " + updated + " changed, " + gone.size() + " removed lines)", null, Map.of("lines", parsed.size(), "units", units.name()));
		}
		return new ImportResult(inserted, updated, unchanged, 0, warnings, dryRun);
	}

	/** A number with optional thousands separators, (123) as negative, a dash for nil; null when unreadable. */
	static BigDecimal amount(String text) {
		String t = text == null ? "" : text.trim().replace(",", "").replace("£", "");
		if (t.equals("-") || t.equals("–")) {
			return BigDecimal.ZERO;
		}
		boolean negative = t.startsWith("(") && t.endsWith(")");
		if (negative) {
			t = t.substring(1, t.length() - 1);
		}
		try {
			BigDecimal v = new BigDecimal(t);
			return negative ? v.negate() : v;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean same(LineRow a, LineRow b) {
		return a.position() == b.position() && a.type().equals(b.type()) && a.budgetYtd().compareTo(b.budgetYtd()) == 0
				&& a.actualYtd().compareTo(b.actualYtd()) == 0 && a.budgetYear().compareTo(b.budgetYear()) == 0
				&& a.forecastOutturn().compareTo(b.forecastOutturn()) == 0 && Objects.equals(a.commentary(), b.commentary())
				&& Objects.equals(a.ragOverride(), b.ragOverride()) && Objects.equals(a.ragOverrideCommentary(), b.ragOverrideCommentary());
	}

	private static AccountLine line(LineRow l, Map<LineType, AccountRule> rules) {
		LineType type = LineType.valueOf(l.type());
		AccountLine draft = new AccountLine(l.id(), l.position(), Section.valueOf(l.section()), l.line(), type, l.budgetYtd(), l.actualYtd(),
				l.budgetYear(), l.forecastOutturn(), l.commentary(), null, null, null);
		RagRule.Rating rating = rules.get(type).rate(type, l.budgetYear(), l.forecastOutturn(), draft.varianceOutturn());
		return new AccountLine(l.id(), l.position(), draft.section(), l.line(), type, l.budgetYtd(), l.actualYtd(), l.budgetYear(),
				l.forecastOutturn(), l.commentary(), rating, l.ragOverride() == null ? null : Rag.valueOf(l.ragOverride()), l.ragOverrideCommentary());
	}
}
