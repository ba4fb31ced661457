package org.stocktake.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.performance.Forms.NewPlan;
import org.stocktake.performance.Forms.OverrideForm;
import org.stocktake.performance.Forms.ReturnForm;
import org.stocktake.performance.Forms.TargetForm;
import org.stocktake.performance.internal.PlanRepository;
import org.stocktake.performance.internal.PlanRepository.AmendmentRow;
import org.stocktake.performance.internal.PlanRepository.PlanRow;
import org.stocktake.performance.internal.PlanRepository.ReturnRow;
import org.stocktake.performance.internal.PlanRepository.TargetRow;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * Business plans and their targets: recording each quarter's return, signing a quarter off (after which
 * a change needs a reason and is kept as an amendment), officers' ratings with commentary, and the
 * plan as at any quarter with every figure the report needs.
 */
@Service
public class Performance {

	private final PlanRepository repository;
	private final LinkedFigures linked;
	private final AuditLog audit;
	private final Clock clock;

	Performance(PlanRepository repository, LinkedFigures linked, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.linked = linked;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A plan's year and title, for lists. */
	public record PlanSummary(FinancialYear year, String title, boolean demonstration) {
	}

	public record Amendment(int quarter, String reason, String before, String after, String actor, java.time.OffsetDateTime at) {
	}

	public List<PlanSummary> plans() {
		return repository.plans().stream().map(p -> new PlanSummary(new FinancialYear(p.yearStart()), p.title(), p.demonstration())).toList();
	}

	public List<RagRule> rules() {
		return repository.rules().stream().map(r -> new RagRule(r.id(), r.name(), RagRule.Method.valueOf(r.method()), r.amberTolerancePercent(),
				r.amberDaysBeforeDue())).toList();
	}

	public Map<String, String> linkedFigures() {
		return LinkedFigures.AVAILABLE;
	}

	/** The plan as at the end of {@code quarter}; null means the latest quarter anything was reported for. */
	public Plan plan(FinancialYear year, Integer quarter) {
		PlanRow plan = repository.plan(year.start()).orElseThrow(() -> new NotFoundException("There is no business plan for " + year));
		List<TargetRow> targets = repository.targets(plan.id());
		Map<Long, List<ReturnRow>> returns = repository.returns(plan.id()).stream().collect(Collectors.groupingBy(ReturnRow::targetId));
		int asAt = quarter != null ? checkQuarter(quarter) : latestReported(returns);
		Map<String, RagRule> rules = rules().stream().collect(Collectors.toMap(RagRule::id, r -> r));
		Map<String, BigDecimal[]> linkedCache = new HashMap<>();
		List<Target> list = targets.stream()
			.map(t -> assemble(year, t, returns.getOrDefault(t.id(), List.of()), asAt, rules, linkedCache))
			.toList();
		return new Plan(plan.id(), year, plan.title(), plan.demonstration(), asAt, repository.themes(plan.id()), list);
	}

	public Target target(long id, Integer quarter) {
		TargetRow t = targetRow(id);
		PlanRow plan = planOf(t);
		FinancialYear year = new FinancialYear(plan.yearStart());
		List<ReturnRow> returns = repository.returnsOf(id);
		int asAt = quarter != null ? checkQuarter(quarter) : 4;
		return assemble(year, t, returns, asAt, rules().stream().collect(Collectors.toMap(RagRule::id, r -> r)), new HashMap<>());
	}

	public List<Amendment> amendments(long targetId) {
		return repository.amendments(targetId).stream()
			.map((AmendmentRow a) -> new Amendment(a.quarter(), a.reason(), a.beforeValue(), a.afterValue(), a.actor(), a.amendedAt()))
			.toList();
	}

	@Transactional
	public PlanSummary createPlan(NewPlan form) {
		List<FieldError> errors = new ArrayList<>();
		FinancialYear year = FinancialYear.tryParse(form.year());
		if (year == null) {
			errors.add(FieldError.field("year", form.year(), "Enter the financial year as 2015/16"));
		}
		else if (repository.plan(year.start()).isPresent()) {
			errors.add(FieldError.field("year", form.year(), "There is already a business plan for " + year));
		}
		String title = Forms.blankToNull(form.title());
		if (title == null) {
			errors.add(FieldError.field("title", "", "Enter the plan's title"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insertPlan(year.start(), title, false);
		audit.created("performance-plan", Long.toString(id), "Business plan " + year + " created", Map.of("year", year.label(), "title", title));
		return new PlanSummary(year, title, false);
	}

	@Transactional
	public Target createTarget(FinancialYear year, TargetForm form) {
		PlanRow plan = repository.plan(year.start()).orElseThrow(() -> new NotFoundException("There is no business plan for " + year));
		Map<String, String> v = new HashMap<>();
		v.put("theme", form.theme());
		v.put("target_id", form.code());
		v.put("description", form.description());
		v.put("annex_a_text", form.annexAText());
		v.put("kind", form.kind());
		v.put("target", form.target());
		v.put("unit", form.unit());
		v.put("aggregation", form.aggregation());
		v.put("funding_source", form.fundingSource());
		v.put("owner", form.owner());
		v.put("due_date", form.dueDate());
		v.put("completed_on", form.completedOn());
		v.put("in_annex_a", Forms.yes(form.inAnnexA()) ? "yes" : "no");
		v.put("in_annex_b", Forms.yes(form.inAnnexB()) ? "yes" : "no");
		v.put("rag_rule", form.ragRule());
		v.put("linked_figure", form.linkedFigure());
		List<FieldError> errors = new ArrayList<>();
		Set<String> ruleIds = rules().stream().map(RagRule::id).collect(Collectors.toSet());
		TargetRow row = TargetFields.read(v, plan.id(), repository.nextPosition(plan.id()), ruleIds,
				(column, value, message) -> errors.add(FieldError.field(FORM_FIELDS.getOrDefault(column, column), value, message)));
		if (row != null && repository.target(plan.id(), row.code()).isPresent()) {
			errors.add(FieldError.field("code", row.code(), "The plan already has a target " + row.code()));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		repository.theme(plan.id(), row.theme());
		long id = repository.insertTarget(row);
		audit.created("performance-target", Long.toString(id), "Target " + row.code() + " added to the " + year + " plan", row);
		return target(id, null);
	}

	static final Map<String, String> FORM_FIELDS = Map.ofEntries(Map.entry("target_id", "code"), Map.entry("annex_a_text", "annexAText"),
			Map.entry("funding_source", "fundingSource"), Map.entry("due_date", "dueDate"), Map.entry("completed_on", "completedOn"),
			Map.entry("in_annex_a", "inAnnexA"), Map.entry("in_annex_b", "inAnnexB"), Map.entry("rag_rule", "ragRule"),
			Map.entry("linked_figure", "linkedFigure"));

	/**
	 * Records a quarter's return. Once the quarter is signed off a change needs a reason, and is kept as
	 * an amendment beside the audit trail; a linked target's figure comes from its link, not the form.
	 */
	@Transactional
	public Target recordReturn(long targetId, int quarter, ReturnForm form) {
		TargetRow t = targetRow(targetId);
		checkQuarter(quarter);
		ReturnRow before = repository.returnsOf(targetId).stream().filter(r -> r.quarter() == quarter).findFirst().orElse(null);
		List<FieldError> errors = new ArrayList<>();
		QuarterValue value = QuarterValue.parse(form.delivered());
		if (value == null) {
			errors.add(FieldError.field("delivered", form.delivered(), "Enter the number delivered, such as 18, n/a, or leave it blank if not reported"));
		}
		else if (t.linkedFigure() != null && value.reported()) {
			errors.add(FieldError.field("delivered", form.delivered(), "This target's figure comes from its linked figure; leave it blank"));
		}
		boolean locked = before != null && before.signedOffAt() != null;
		String reason = Forms.blankToNull(form.reason());
		if (locked && reason == null) {
			errors.add(FieldError.field("reason", "", "Q" + quarter + " is signed off: give the reason for the amendment"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		ReturnRow after = new ReturnRow(targetId, quarter, value.delivered(), value.marker(), Forms.blankToNull(form.narrative()),
				Forms.blankToNull(form.commentary()), Forms.blankToNull(form.forecast()), null, null);
		repository.saveReturn(after);
		String summary = "Q" + quarter + " return of target " + t.code();
		if (locked) {
			repository.insertAmendment(targetId, quarter, reason, describe(before), describe(after), AuditLog.currentActor());
			Map<String, Object> withReason = new LinkedHashMap<>();
			withReason.put("return", after);
			withReason.put("reason", reason);
			audit.updated("performance-return", targetId + "/Q" + quarter, summary + " amended after sign-off: " + reason, before, withReason);
		}
		else {
			audit.updated("performance-return", targetId + "/Q" + quarter, summary + " recorded", before, after);
		}
		return target(targetId, null);
	}

	@Transactional
	public Target signOff(long targetId, int quarter) {
		TargetRow t = targetRow(targetId);
		checkQuarter(quarter);
		ReturnRow before = repository.returnsOf(targetId).stream().filter(r -> r.quarter() == quarter).findFirst().orElse(null);
		if (before != null && before.signedOffAt() != null) {
			throw new BadRequestException("quarter", "Q" + quarter, "Q" + quarter + " is already signed off");
		}
		repository.signOff(targetId, quarter, AuditLog.currentActor());
		audit.updated("performance-return", targetId + "/Q" + quarter, "Q" + quarter + " return of target " + t.code() + " signed off", before,
				Map.of("signedOff", true));
		return target(targetId, null);
	}

	/** An officer's rating overrides the computed one; it needs commentary. A blank rating removes the override. */
	@Transactional
	public Target overrideRag(long targetId, OverrideForm form) {
		TargetRow t = targetRow(targetId);
		Rag rag;
		try {
			rag = Rag.parse(form.rag());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("rag", form.rag(), "Select green, amber or red");
		}
		if (rag == Rag.NOT_RATED) {
			throw new BadRequestException("rag", form.rag(), "Select green, amber or red");
		}
		String commentary = Forms.blankToNull(form.commentary());
		if (rag != null && commentary == null) {
			throw new BadRequestException("commentary", "", "Give the commentary that explains the rating");
		}
		repository.override(targetId, rag == null ? null : rag.name(), rag == null ? null : commentary);
		audit.updated("performance-target", Long.toString(targetId), "Rating of target " + t.code() + (rag == null ? " override removed" : " set to " + rag),
				Map.of("rag", Objects.toString(t.ragOverride(), ""), "commentary", Objects.toString(t.ragOverrideCommentary(), "")),
				Map.of("rag", rag == null ? "" : rag.name(), "commentary", Objects.toString(commentary, "")));
		return target(targetId, null);
	}

	private Target assemble(FinancialYear year, TargetRow t, List<ReturnRow> returns, int asAt, Map<String, RagRule> rules,
			Map<String, BigDecimal[]> linkedCache) {
		Map<Integer, ReturnRow> byQuarter = returns.stream().collect(Collectors.toMap(ReturnRow::quarter, r -> r));
		BigDecimal[] linkedValues = t.linkedFigure() == null ? null
				: linkedCache.computeIfAbsent(t.linkedFigure(), id -> {
					BigDecimal[] values = new BigDecimal[4];
					for (int q = 1; q <= 4; q++) {
						values[q - 1] = linked.figure(id, year, q, today());
					}
					return values;
				});
		List<Target.QuarterReturn> quarters = new ArrayList<>();
		List<BigDecimal> counted = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			ReturnRow r = byQuarter.get(q);
			boolean inScope = q <= asAt;
			BigDecimal delivered = linkedValues != null ? linkedValues[q - 1] : r == null ? null : r.delivered();
			String marker = linkedValues != null || r == null ? null : r.marker();
			if (!inScope) {
				delivered = null;
				marker = null;
			}
			boolean reported = delivered != null || marker != null;
			quarters.add(new Target.QuarterReturn(q, delivered, marker, r == null ? null : r.narrative(), r == null ? null : r.commentary(),
					r == null ? null : r.forecast(), r == null ? null : r.signedOffAt(), r == null ? null : r.signedOffBy(), linkedValues != null,
					reported));
			counted.add(delivered);
		}
		Aggregation aggregation = Aggregation.valueOf(t.aggregation());
		BigDecimal total = aggregation.total(counted);
		Target.Kind kind = Target.Kind.valueOf(t.kind());
		Integer percent = kind == Target.Kind.NUMERIC ? Delivery.percentAchieved(total, t.targetValue()) : null;
		RagRule rule = rules.get(t.ragRule());
		RagRule.Rating computed = rule.rate(t.targetValue(), total, asAt, year.quarterEnd(asAt), t.dueDate(), t.completedOn());
		return new Target(t.id(), year, t.theme(), t.code(), t.description(), t.annexAText(), kind, t.targetValue(), t.unit(), aggregation,
				t.fundingSource(), t.owner(), t.dueDate(), t.completedOn(), t.inAnnexA(), t.inAnnexB(), t.ragRule(), t.linkedFigure(), asAt,
				quarters, total, percent, computed, t.ragOverride() == null ? null : Rag.valueOf(t.ragOverride()), t.ragOverrideCommentary());
	}

	private static int latestReported(Map<Long, List<ReturnRow>> returns) {
		int latest = 1;
		for (List<ReturnRow> list : returns.values()) {
			for (ReturnRow r : list) {
				if (r.delivered() != null || r.marker() != null) {
					latest = Math.max(latest, r.quarter());
				}
			}
		}
		return latest;
	}

	static int checkQuarter(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new BadRequestException("quarter", Integer.toString(quarter), "The quarter must be Q1 to Q4");
		}
		return quarter;
	}

	private TargetRow targetRow(long id) {
		return repository.target(id).orElseThrow(() -> new NotFoundException("There is no target " + id));
	}

	private PlanRow planOf(TargetRow t) {
		return repository.plans().stream().filter(p -> p.id() == t.planId()).findFirst().orElseThrow();
	}

	private static String describe(ReturnRow r) {
		if (r == null) {
			return "";
		}
		String figure = r.delivered() != null ? Delivery.format(r.delivered()) : r.marker() != null ? r.marker() : "blank";
		return figure + (r.narrative() == null ? "" : "; " + r.narrative()) + (r.commentary() == null ? "" : "; " + r.commentary());
	}
}
