package org.stocktake.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.performance.internal.PlanRepository;
import org.stocktake.performance.internal.PlanRepository.ReturnRow;
import org.stocktake.performance.internal.PlanRepository.TargetRow;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;

/**
 * A year's targets and their quarters from one CSV
 * ({@code theme,target_id,description,target,aggregation,q1,q2,q3,q4,commentary}, optional columns in
 * {@link #OPTIONAL}), all or nothing: targets are matched by {@code target_id} within the plan (which is
 * created if the year has none); a quarter is blank or {@code n/a} where not reported; a signed-off
 * quarter cannot be changed by an import. The commentary (and narrative) go on the latest quarter reported.
 */
@Component
public class TargetImport {

	public static final List<String> REQUIRED = List.of("theme", "target_id", "description", "target", "aggregation", "q1", "q2", "q3", "q4",
			"commentary");

	public static final List<String> OPTIONAL = List.of("in_annex_a", "in_annex_b", "kind", "due_date", "completed_on", "unit",
			"funding_source", "owner", "annex_a_text", "narrative", "rag_rule", "linked_figure", "rag", "rag_commentary");

	private final PlanRepository repository;
	private final Performance performance;
	private final AuditLog audit;

	TargetImport(PlanRepository repository, Performance performance, AuditLog audit) {
		this.repository = repository;
		this.performance = performance;
		this.audit = audit;
	}

	/** The import page's file: the API's columns plus {@code year} (2015/16), the same on every row. */
	@Transactional
	public ImportResult runWithYearColumn(String filename, byte[] content, boolean dryRun) {
		Set<String> required = new LinkedHashSet<>(REQUIRED);
		required.add("year");
		CsvFile file = CsvFile.parse(content, required);
		RowErrors errors = new RowErrors();
		Set<String> years = new HashSet<>();
		for (CsvFile.Row row : file.rows()) {
			FinancialYear y = FinancialYear.tryParse(row.get("year"));
			if (y == null) {
				errors.add(row.line(), "year", row.get("year"), "Enter the financial year as 2015/16");
			}
			else {
				years.add(y.label());
			}
		}
		if (years.size() > 1) {
			errors.add(file.rows().get(0).line(), "year", String.join(", ", years), "A file holds one year's plan; it has " + years.size());
		}
		errors.throwIfAny();
		return run(file, FinancialYear.parse(years.iterator().next(), "year"), dryRun);
	}

	@Transactional
	public ImportResult run(FinancialYear year, byte[] content, boolean dryRun) {
		return run(CsvFile.parse(content, new LinkedHashSet<>(REQUIRED)), year, dryRun);
	}

	private record Parsed(int line, TargetRow target, QuarterValue[] quarters, String commentary, String narrative) {
	}

	private ImportResult run(CsvFile file, FinancialYear year, boolean dryRun) {
		RowErrors errors = new RowErrors();
		Set<String> ruleIds = performance.rules().stream().map(RagRule::id).collect(Collectors.toSet());
		Optional<PlanRepository.PlanRow> plan = repository.plan(year.start());
		long planId = plan.map(PlanRepository.PlanRow::id).orElse(0L);
		Map<String, TargetRow> existing = plan.map(p -> repository.targets(p.id())).orElse(List.of()).stream()
			.collect(Collectors.toMap(TargetRow::code, t -> t));
		Map<Long, Map<Integer, ReturnRow>> existingReturns = new HashMap<>();
		plan.ifPresent(p -> repository.returns(p.id())
			.forEach(r -> existingReturns.computeIfAbsent(r.targetId(), k -> new HashMap<>()).put(r.quarter(), r)));
		List<Parsed> parsed = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (CsvFile.Row row : file.rows()) {
			position++;
			TargetRow t = TargetFields.read(row.values(), planId, position, ruleIds, (column, value, message) -> errors.add(row.line(), column, value, message));
			QuarterValue[] quarters = new QuarterValue[4];
			for (int q = 1; q <= 4; q++) {
				String text = row.get("q" + q);
				quarters[q - 1] = QuarterValue.parse(text);
				if (quarters[q - 1] == null) {
					errors.add(row.line(), "q" + q, text, "A quarter is a number of zero or more, n/a, or blank when not reported");
				}
			}
			if (t == null) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(t.code(), row.line());
			if (earlier != null) {
				errors.add(row.line(), "target_id", t.code(), "The target " + t.code() + " is also on line " + earlier);
				continue;
			}
			boolean anyReported = false;
			for (QuarterValue v : quarters) {
				anyReported |= v != null && v.reported();
			}
			if (t.linkedFigure() != null && anyReported) {
				errors.add(row.line(), "q1", "", "The target " + t.code() + " takes its figures from " + t.linkedFigure() + "; leave its quarters blank");
			}
			TargetRow old = existing.get(t.code());
			if (old != null) {
				Map<Integer, ReturnRow> oldReturns = existingReturns.getOrDefault(old.id(), Map.of());
				for (int q = 1; q <= 4; q++) {
					ReturnRow r = oldReturns.get(q);
					QuarterValue v = quarters[q - 1];
					if (r != null && r.signedOffAt() != null && v != null && !sameValue(r, v)) {
						errors.add(row.line(), "q" + q, row.get("q" + q), "Q" + q + " of " + t.code()
								+ " is signed off; amend it on the target's page, giving the reason");
					}
				}
			}
			parsed.add(new Parsed(row.line(), t, quarters, row.get("commentary").isBlank() ? null : row.get("commentary"),
					row.get("narrative").isBlank() ? null : row.get("narrative")));
		}
		errors.throwIfAny();
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		List<String> warnings = new ArrayList<>();
		if (!dryRun && plan.isEmpty()) {
			planId = repository.insertPlan(year.start(), "Business plan " + year, false);
			audit.created("performance-plan", Long.toString(planId), "Business plan " + year + " created by an import", Map.of("year", year.label()));
		}
		for (Parsed p : parsed) {
			TargetRow old = existing.get(p.target().code());
			Map<Integer, ReturnRow> oldReturns = old == null ? Map.of() : existingReturns.getOrDefault(old.id(), Map.of());
			TargetRow t = withPlan(p.target(), planId, old == null ? 0 : old.id());
			List<ReturnRow> returns = returnsOf(t.id(), p, oldReturns);
			boolean targetSame = old != null && sameTarget(old, t);
			boolean returnsSame = returns.stream().allMatch(r -> sameReturn(oldReturns.get(r.quarter()), r));
			if (old == null) {
				inserted++;
			}
			else if (targetSame && returnsSame) {
				unchanged++;
				continue;
			}
			else {
				updated++;
			}
			if (dryRun) {
				continue;
			}
			repository.theme(planId, t.theme());
			long id;
			if (old == null) {
				id = repository.insertTarget(t);
				audit.created("performance-target", Long.toString(id), "Target " + t.code() + " imported into the " + year + " plan", t);
			}
			else {
				id = old.id();
				if (!targetSame) {
					repository.updateTarget(t);
					audit.updated("performance-target", Long.toString(id), "Target " + t.code() + " updated by an import", old, t);
				}
			}
			for (ReturnRow r : returns) {
				ReturnRow withId = new ReturnRow(id, r.quarter(), r.delivered(), r.marker(), r.narrative(), r.commentary(), r.forecast(), null, null);
				if (!sameReturn(oldReturns.get(r.quarter()), withId)) {
					repository.saveReturn(withId);
					audit.updated("performance-return", id + "/Q" + r.quarter(), "Q" + r.quarter() + " return of target " + t.code() + " imported",
							oldReturns.get(r.quarter()), withId);
				}
			}
		}
		Set<String> inFile = parsed.stream().map(p -> p.target().code()).collect(Collectors.toSet());
		long notInFile = existing.keySet().stream().filter(code -> !inFile.contains(code)).count();
		if (notInFile > 0) {
			warnings.add(notInFile + " target(s) of the plan are not in the file and were left as they are");
		}
		return new ImportResult(inserted, updated, unchanged, 0, warnings, dryRun);
	}

	/** The file's quarters as returns; commentary and narrative go on the latest quarter reported (Q1 when none is). */
	private static List<ReturnRow> returnsOf(long targetId, Parsed p, Map<Integer, ReturnRow> old) {
		int latest = 1;
		for (int q = 1; q <= 4; q++) {
			if (p.quarters()[q - 1].reported()) {
				latest = q;
			}
		}
		List<ReturnRow> rows = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			QuarterValue v = p.quarters()[q - 1];
			ReturnRow before = old.get(q);
			boolean carries = q == latest;
			String commentary = carries ? p.commentary() : before == null ? null : before.commentary();
			String narrative = carries && p.narrative() != null ? p.narrative() : before == null ? null : before.narrative();
			if (!v.reported() && commentary == null && narrative == null && before == null) {
				continue;
			}
			rows.add(new ReturnRow(targetId, q, v.delivered(), v.marker(), narrative, commentary, before == null ? null : before.forecast(), null,
					null));
		}
		return rows;
	}

	private static TargetRow withPlan(TargetRow t, long planId, long id) {
		return new TargetRow(id, planId, t.theme(), t.code(), t.description(), t.annexAText(), t.kind(), t.targetValue(), t.unit(),
				t.aggregation(), t.fundingSource(), t.owner(), t.dueDate(), t.completedOn(), t.inAnnexA(), t.inAnnexB(), t.position(), t.ragRule(),
				t.linkedFigure(), t.ragOverride(), t.ragOverrideCommentary());
	}

	private static boolean sameTarget(TargetRow a, TargetRow b) {
		return a.theme().equals(b.theme()) && a.description().equals(b.description()) && Objects.equals(a.annexAText(), b.annexAText())
				&& a.kind().equals(b.kind()) && sameNumber(a.targetValue(), b.targetValue()) && a.unit().equals(b.unit())
				&& a.aggregation().equals(b.aggregation()) && Objects.equals(a.fundingSource(), b.fundingSource())
				&& Objects.equals(a.owner(), b.owner()) && Objects.equals(a.dueDate(), b.dueDate())
				&& Objects.equals(a.completedOn(), b.completedOn()) && a.inAnnexA() == b.inAnnexA() && a.inAnnexB() == b.inAnnexB()
				&& a.position() == b.position() && a.ragRule().equals(b.ragRule()) && Objects.equals(a.linkedFigure(), b.linkedFigure())
				&& Objects.equals(a.ragOverride(), b.ragOverride()) && Objects.equals(a.ragOverrideCommentary(), b.ragOverrideCommentary());
	}

	private static boolean sameReturn(ReturnRow a, ReturnRow b) {
		if (a == null) {
			return b.delivered() == null && b.marker() == null && b.narrative() == null && b.commentary() == null;
		}
		return sameNumber(a.delivered(), b.delivered()) && Objects.equals(a.marker(), b.marker()) && Objects.equals(a.narrative(), b.narrative())
				&& Objects.equals(a.commentary(), b.commentary());
	}

	private static boolean sameValue(ReturnRow r, QuarterValue v) {
		return sameNumber(r.delivered(), v.delivered()) && Objects.equals(r.marker(), v.marker());
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}
}
