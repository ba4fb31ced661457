package org.stocktake.collection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.collection.internal.CollectionRepository;
import org.stocktake.collection.internal.CollectionRepository.ReturnRow;
import org.stocktake.collection.internal.CollectionRepository.StoredValue;
import org.stocktake.collection.internal.Figures;
import org.stocktake.collection.internal.Notifications;
import org.stocktake.collection.internal.Validator;
import org.stocktake.data.DataValue;
import org.stocktake.data.Measure;
import org.stocktake.data.Measures;
import org.stocktake.data.Period;
import org.stocktake.data.Values;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.Navigation;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.platform.web.UnprocessableException;
import org.stocktake.register.Area;
import org.stocktake.register.AreaGroup;
import org.stocktake.register.Register;

/**
 * Data collections and their returns. Officers create collections and review returns; a council user
 * works only on its own authority's return. Nothing here is public: submitted figures reach the data
 * service only through {@link #publishDue()} on or after the publication date.
 */
@Service
public class Collections {

	private final CollectionRepository repository;
	private final Measures measures;
	private final Values values;
	private final Register register;
	private final AuditLog audit;
	private final Notifications notifications;
	private final Clock clock;

	Collections(CollectionRepository repository, Measures measures, Values values, Register register, AuditLog audit,
			Notifications notifications, Clock clock) {
		this.repository = repository;
		this.measures = measures;
		this.values = values;
		this.register = register;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	// ---- collections --------------------------------------------------------------------------

	/** Creates a collection; 422 listing every problem with the input. */
	@Transactional
	public Collection create(CollectionInput in) {
		List<FieldError> errors = new ArrayList<>();
		if (in.title() == null || in.title().isBlank()) {
			errors.add(FieldError.field("title", in.title(), "Enter a title"));
		}
		Map<String, Measure> byId = new LinkedHashMap<>();
		if (in.measures() == null || in.measures().isEmpty()) {
			errors.add(FieldError.field("measures", null, "List at least one measure"));
		}
		else {
			for (String id : in.measures()) {
				measures.find(id == null ? "" : id.trim().toLowerCase(Locale.ROOT), true)
					.ifPresentOrElse(m -> byId.put(m.id(), m), () -> errors.add(FieldError.field("measures", id, "There is no measure " + id)));
			}
		}
		Set<org.stocktake.data.Periodicity> periodicities = byId.values().stream().map(Measure::periodicity).collect(Collectors.toSet());
		Period period = null;
		if (periodicities.size() > 1) {
			errors.add(FieldError.field("measures", String.join(",", byId.keySet()), "The measures of one collection must share a periodicity"));
		}
		else if (periodicities.size() == 1) {
			var periodicity = periodicities.iterator().next();
			period = Period.parse(in.period(), periodicity).orElse(null);
			if (period == null) {
				errors.add(FieldError.field("period", in.period(), "\"" + in.period() + "\" is not a " + periodicity.name() + " period as the measures need; "
						+ "write it like " + periodicity.example()));
			}
		}
		Set<String> authorities = new LinkedHashSet<>();
		if (in.group() != null && !in.group().isBlank()) {
			register.group(in.group().trim()).ifPresentOrElse(g -> authorities.addAll(g.memberGssCodes()),
					() -> errors.add(FieldError.field("group", in.group(), "There is no group " + in.group() + " in the register")));
		}
		for (String gss : in.authorities() == null ? List.<String>of() : in.authorities()) {
			register.find(gss).ifPresentOrElse(a -> authorities.add(a.gssCode()),
					() -> errors.add(FieldError.field("authorities", gss, gss + " is not a GSS code in the register")));
		}
		if (authorities.isEmpty() && errors.stream().noneMatch(e -> "authorities".equals(e.field()) || "group".equals(e.field()))) {
			errors.add(FieldError.field("authorities", null, "List the authorities that must submit, or name a group"));
		}
		if (in.opensOn() == null) {
			errors.add(FieldError.field("opensOn", null, "Enter the date the collection opens"));
		}
		if (in.closesOn() == null) {
			errors.add(FieldError.field("closesOn", null, "Enter the date the collection closes"));
		}
		if (in.publishOn() == null) {
			errors.add(FieldError.field("publishOn", null, "Enter the publication date"));
		}
		if (in.opensOn() != null && in.closesOn() != null && in.closesOn().isBefore(in.opensOn())) {
			errors.add(FieldError.field("closesOn", in.closesOn().toString(), "The collection must close on or after the day it opens"));
		}
		if (in.closesOn() != null && in.publishOn() != null && in.publishOn().isBefore(in.closesOn())) {
			errors.add(FieldError.field("publishOn", in.publishOn().toString(), "The publication date must be on or after the closing date"));
		}
		List<Rule> rules = rules(in.rules(), byId.keySet(), errors);
		if (!errors.isEmpty()) {
			throw new UnprocessableException("The collection has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s"), errors);
		}
		if (rules.stream().noneMatch(r -> r.kind() == Rule.RuleKind.COMPLETENESS)) {
			rules.add(0, new Rule(null, Rule.RuleKind.COMPLETENESS, Rule.Severity.ERROR, null, null, null, null, null, null, null, null, null, null));
		}
		Collection draft = new Collection(0, in.title().trim(), period.toString(), List.copyOf(byId.keySet()), List.copyOf(authorities), in.opensOn(),
				in.closesOn(), in.publishOn(), null, rules, AuditLog.currentActor());
		long id = repository.insert(draft, period.periodicity().name());
		Collection created = get(id);
		audit.created("collection", Long.toString(id), "Created the collection " + created.title(), created);
		return created;
	}

	private List<Rule> rules(List<CollectionInput.RuleInput> inputs, Set<String> measureIds, List<FieldError> errors) {
		List<Rule> rules = new ArrayList<>();
		if (inputs == null) {
			return rules;
		}
		for (int i = 0; i < inputs.size(); i++) {
			CollectionInput.RuleInput r = inputs.get(i);
			String at = "rules[" + i + "]";
			Rule.RuleKind kind = parse(Rule.RuleKind.class, r.kind());
			if (kind == null) {
				errors.add(FieldError.field(at + ".kind", r.kind(), "Use one of RANGE, RELATION, COMPLETENESS, HISTORY_OUTLIER, PEER_OUTLIER"));
				continue;
			}
			Rule.Severity severity = r.severity() == null || r.severity().isBlank()
					? (kind == Rule.RuleKind.HISTORY_OUTLIER || kind == Rule.RuleKind.PEER_OUTLIER ? Rule.Severity.WARNING : Rule.Severity.ERROR)
					: parse(Rule.Severity.class, r.severity());
			if (severity == null) {
				errors.add(FieldError.field(at + ".severity", r.severity(), "Use ERROR or WARNING"));
			}
			String measure = r.measure() == null ? null : r.measure().trim().toLowerCase(Locale.ROOT);
			if (measure != null && !measureIds.contains(measure) || measure == null && kind != Rule.RuleKind.COMPLETENESS) {
				errors.add(FieldError.field(at + ".measure", r.measure(), "Name one of the collection's measures"));
			}
			String other = r.otherMeasure() == null ? null : r.otherMeasure().trim().toLowerCase(Locale.ROOT);
			String operator = null;
			if (kind == Rule.RuleKind.RELATION) {
				if (other == null || !measureIds.contains(other)) {
					errors.add(FieldError.field(at + ".otherMeasure", r.otherMeasure(), "Name one of the collection's measures as the right side"));
				}
				operator = Validator.operator(r.operator());
				if (operator == null) {
					errors.add(FieldError.field(at + ".operator", r.operator(), "Use one of " + String.join(" ", Validator.OPERATORS)));
				}
			}
			if (kind == Rule.RuleKind.RANGE) {
				if (r.min() == null && r.max() == null) {
					errors.add(FieldError.field(at + ".min", null, "Give min, max or both"));
				}
				else if (r.min() != null && r.max() != null && r.min().compareTo(r.max()) > 0) {
					errors.add(FieldError.field(at + ".min", r.min().toPlainString(), "min must not be greater than max"));
				}
			}
			Rule.OutlierMethod method = null;
			if (kind == Rule.RuleKind.HISTORY_OUTLIER || kind == Rule.RuleKind.PEER_OUTLIER) {
				method = r.method() == null || r.method().isBlank() ? Rule.OutlierMethod.MODIFIED_Z : parse(Rule.OutlierMethod.class, r.method());
				if (method == null) {
					errors.add(FieldError.field(at + ".method", r.method(), "Use Z_SCORE or MODIFIED_Z"));
				}
				if (r.threshold() != null && r.threshold().signum() <= 0) {
					errors.add(FieldError.field(at + ".threshold", r.threshold().toPlainString(), "The threshold must be greater than 0"));
				}
				if (r.minPoints() != null && r.minPoints() < 2) {
					errors.add(FieldError.field(at + ".minPoints", r.minPoints().toString(), "minPoints must be at least 2"));
				}
				if (kind == Rule.RuleKind.PEER_OUTLIER && r.peerGroup() != null && !r.peerGroup().isBlank() && !STANDARD_PEERS.contains(r.peerGroup())
						&& register.group(r.peerGroup()).isEmpty()) {
					errors.add(FieldError.field(at + ".peerGroup", r.peerGroup(), "Use type, region, the id of a group in the register, or leave it out "
							+ "for the collection's authorities"));
				}
			}
			rules.add(new Rule(null, kind, severity, measure, other, operator, r.min(), r.max(), method,
					method == null ? null : r.threshold() != null ? r.threshold()
							: method == Rule.OutlierMethod.Z_SCORE ? Validator.DEFAULT_Z_THRESHOLD : Validator.DEFAULT_MODIFIED_Z_THRESHOLD,
					blankToNull(r.peerGroup()), r.minPoints(), blankToNull(r.message())));
		}
		return rules;
	}

	private static final Set<String> STANDARD_PEERS = Set.of("type", "region", "collection");

	/** Moves a collection's dates (an officer extending the deadline, or bringing publication forward). */
	@Transactional
	public Collection changeDates(long id, LocalDate opensOn, LocalDate closesOn, LocalDate publishOn) {
		Collection before = get(id);
		List<FieldError> errors = new ArrayList<>();
		LocalDate o = opensOn == null ? before.opensOn() : opensOn;
		LocalDate c = closesOn == null ? before.closesOn() : closesOn;
		LocalDate p = publishOn == null ? before.publishOn() : publishOn;
		if (c.isBefore(o)) {
			errors.add(FieldError.field("closesOn", c.toString(), "The collection must close on or after the day it opens"));
		}
		if (p.isBefore(c)) {
			errors.add(FieldError.field("publishOn", p.toString(), "The publication date must be on or after the closing date"));
		}
		if (!errors.isEmpty()) {
			throw new UnprocessableException("The dates have " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s"), errors);
		}
		repository.updateDates(id, o, c, p);
		Collection after = get(id);
		audit.updated("collection", Long.toString(id), "Changed the dates of the collection " + after.title(), before, after);
		return after;
	}

	public Collection get(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("There is no collection " + id));
	}

	/** What the reader may list: every collection for officers, its authority's for a council user. */
	public List<Collection> visibleTo(Authentication auth) {
		if (officer(auth)) {
			return repository.all();
		}
		return register.ownAuthority(auth).map(a -> repository.forAuthority(a.gssCode())).orElse(List.of());
	}

	/** A collection as the reader may see it: officers and the councils that must submit. */
	public Collection get(long id, Authentication auth) {
		Collection c = get(id);
		if (!officer(auth) && register.ownAuthority(auth).map(a -> !c.authorities().contains(a.gssCode())).orElse(true)) {
			throw new ForbiddenException("Your authority is not asked to submit to this collection");
		}
		return c;
	}

	// ---- returns ------------------------------------------------------------------------------

	/** One line of the dashboard. */
	public record Status(String gssCode, String name, ReturnState state, java.time.OffsetDateTime submittedAt, java.time.OffsetDateTime reviewedAt,
			int entered, int errors, int warnings) {
	}

	/** Every authority's return state, for officers. */
	public List<Status> dashboard(long id) {
		Collection c = get(id);
		Map<String, ReturnRow> rows = repository.returns(id).stream().collect(Collectors.toMap(ReturnRow::gss, r -> r));
		List<Status> statuses = new ArrayList<>();
		for (String gss : c.authorities()) {
			ReturnRow row = rows.get(gss);
			String name = register.find(gss).map(Area::name).orElse(gss);
			if (row == null) {
				statuses.add(new Status(gss, name, ReturnState.NOT_STARTED, null, null, 0, 0, 0));
				continue;
			}
			Return r = load(c, gss, row);
			statuses.add(new Status(gss, name, row.state(), row.submittedAt(), row.reviewedAt(), (int) r.values().stream().filter(Return.Item::entered).count(),
					r.report().errors().size(), r.report().warnings().size()));
		}
		statuses.sort(Comparator.comparing(Status::name));
		return statuses;
	}

	/** An authority's return as its council or an officer sees it (never anyone else). */
	public Return returnOf(long id, String gss, Authentication auth) {
		Collection c = get(id);
		Area area = allowed(c, gss, auth);
		return load(c, area.gssCode(), repository.findReturn(id, area.gssCode()).orElse(null));
	}

	/** One figure as a form sends it: value text (a number or a marker; blank = nothing entered), status and note. */
	public record Entry(String measure, String value, String status, String note) {
	}

	/** What saving answered: per-field problems reading the figures (nothing saved), or the saved return with its report. */
	public record Saved(Map<String, String> fieldErrors, Return saved) {
	}

	/** Saves a draft from the form; figures that cannot be read are reported by field and nothing is saved. */
	@Transactional
	public Saved saveDraft(long id, String gss, List<Entry> entries, Authentication auth) {
		Collection c = get(id);
		Area area = allowed(c, gss, auth);
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		Map<String, StoredValue> parsed = new LinkedHashMap<>();
		Set<String> cleared = new HashSet<>();
		for (Entry e : entries) {
			if (!c.measures().contains(e.measure())) {
				continue;
			}
			if (e.value() == null || e.value().isBlank()) {
				cleared.add(e.measure());
				continue;
			}
			Figures.Parsed p = Figures.parse(e.value(), e.status());
			if (p.error() != null) {
				fieldErrors.put(e.measure(), p.error());
			}
			else {
				parsed.put(e.measure(), new StoredValue(e.measure(), p.value(), p.status().word(), p.marker(), blankToNull(e.note())));
			}
		}
		if (!fieldErrors.isEmpty()) {
			return new Saved(fieldErrors, null);
		}
		ReturnRow row = editable(c, area.gssCode());
		write(c, area.gssCode(), row, parsed, cleared, "form");
		return new Saved(Map.of(), returnOf(id, area.gssCode(), auth));
	}

	/** What an upload answered: the import counts of CONTRACT.md, and the rules' findings on the return as it now stands. */
	public record Upload(int inserted, int updated, int unchanged, int skipped, List<Finding> errors, List<Finding> warnings, boolean dryRun,
			ReturnState state) {
	}

	public static final Set<String> UPLOAD_COLUMNS = Set.of("measure", "area", "period", "value");

	/**
	 * Uploads figures in the benchmarking layout {@code measure,area,period,value[,status][,note]}: all
	 * or nothing, every bad row reported (422); then the figures are saved as a draft and the rules'
	 * findings answered.
	 */
	@Transactional
	public Upload upload(long id, String gss, byte[] content, boolean dryRun, Authentication auth) {
		Collection c = get(id);
		Area area = allowed(c, gss, auth);
		CsvFile file = CsvFile.parse(content, UPLOAD_COLUMNS);
		Period period = period(c);
		RowErrors errors = new RowErrors();
		Map<String, StoredValue> parsed = new LinkedHashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (CsvFile.Row row : file.rows()) {
			String measure = row.get("measure").toLowerCase(Locale.ROOT);
			boolean ok = true;
			if (!c.measures().contains(measure)) {
				errors.add(row.line(), "measure", row.get("measure"), "The collection does not collect " + row.get("measure") + "; it collects "
						+ String.join(", ", c.measures()));
				ok = false;
			}
			Optional<Area> rowArea = register.find(row.get("area"));
			if (rowArea.isEmpty() || !rowArea.get().gssCode().equals(area.gssCode())) {
				errors.add(row.line(), "area", row.get("area"), "This return is for " + area.name() + " (" + area.gssCode() + ") only");
				ok = false;
			}
			if (Period.parse(row.get("period"), period.periodicity()).filter(period::equals).isEmpty()) {
				errors.add(row.line(), "period", row.get("period"), "The collection is for " + period + " only");
				ok = false;
			}
			Figures.Parsed p = Figures.parse(row.get("value"), row.get("status"));
			if (p.error() != null) {
				errors.add(row.line(), row.get("status").isBlank() || p.error().contains("is not a number") ? "value" : "status",
						row.get("value"), p.error());
				ok = false;
			}
			if (ok) {
				Integer first = firstLine.putIfAbsent(measure, row.line());
				if (first != null) {
					errors.add(row.line(), "measure", row.get("measure"), "Duplicate of line " + first + ": " + measure + " appears twice");
				}
				else {
					parsed.put(measure, new StoredValue(measure, p.value(), p.status().word(), p.marker(), blankToNull(row.get("note"))));
				}
			}
		}
		errors.throwIfAny();
		ReturnRow row = editable(c, area.gssCode());
		Map<String, StoredValue> before = repository.values(id, area.gssCode()).stream().collect(Collectors.toMap(StoredValue::measure, v -> v));
		int inserted = 0;
		int updated = 0;
		for (StoredValue v : parsed.values()) {
			StoredValue old = before.get(v.measure());
			if (old == null) {
				inserted++;
			}
			else if (!same(old, v)) {
				updated++;
			}
		}
		int unchanged = parsed.size() - inserted - updated;
		ValidationReport report;
		if (dryRun) {
			Map<String, StoredValue> merged = new LinkedHashMap<>(before);
			merged.putAll(parsed);
			report = validate(c, area.gssCode(), merged, false);
		}
		else {
			write(c, area.gssCode(), row, parsed, Set.of(), "upload");
			report = returnOf(id, area.gssCode(), auth).report();
		}
		ReturnState state = row == null ? ReturnState.NOT_STARTED : row.state();
		return new Upload(inserted, updated, unchanged, 0, report.errors(), report.warnings(), dryRun,
				dryRun ? state : state == ReturnState.NOT_STARTED ? ReturnState.DRAFT : state);
	}

	/** Submits the return; 422 with every error and unexplained warning when the rules block it. */
	@Transactional
	public Return submit(long id, String gss, Authentication auth) {
		Collection c = get(id);
		Area area = allowed(c, gss, auth);
		ReturnRow row = editable(c, area.gssCode());
		Map<String, StoredValue> stored = repository.values(id, area.gssCode()).stream().collect(Collectors.toMap(StoredValue::measure, v -> v));
		ValidationReport report = validate(c, area.gssCode(), stored, true);
		if (report.blocksSubmission()) {
			List<FieldError> problems = new ArrayList<>();
			report.errors().forEach(f -> problems.add(FieldError.field(f.measure(), null, f.message())));
			report.unexplainedWarnings().forEach(f -> problems.add(FieldError.field(f.measure(), null, f.message())));
			throw new UnprocessableException("The return cannot be submitted: " + report.errors().size() + " error"
					+ (report.errors().size() == 1 ? "" : "s") + " and " + report.unexplainedWarnings().size() + " unexplained warning"
					+ (report.unexplainedWarnings().size() == 1 ? "" : "s"), problems, Map.of("report", report));
		}
		if (row == null) {
			repository.createReturn(id, area.gssCode());
		}
		String actor = AuditLog.currentActor();
		repository.submitted(id, area.gssCode(), actor);
		repository.event(id, area.gssCode(), "SUBMITTED", null, actor);
		audit.updated("collection-return", id + "/" + area.gssCode(), area.name() + " submitted its return to " + c.title(),
				Map.of("state", row == null ? ReturnState.NOT_STARTED : row.state()), Map.of("state", ReturnState.SUBMITTED));
		return returnOf(id, area.gssCode(), auth);
	}

	/** An officer accepts, queries (back to the council, with a comment) or rejects a submitted return. */
	@Transactional
	public Return review(long id, String gss, Decision decision, String comment, Authentication auth) {
		if (!officer(auth)) {
			throw new ForbiddenException("Only officers review returns");
		}
		Collection c = get(id);
		Area area = allowed(c, gss, auth);
		List<FieldError> errors = new ArrayList<>();
		if (decision == null) {
			errors.add(FieldError.field("decision", null, "Choose ACCEPT, QUERY or REJECT"));
		}
		else if (decision != Decision.ACCEPT && (comment == null || comment.isBlank())) {
			errors.add(FieldError.field("comment", comment, "Say why you " + (decision == Decision.QUERY ? "are querying" : "are rejecting")
					+ " the return"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		ReturnRow row = repository.lockReturn(id, area.gssCode()).orElse(null);
		if (row == null || row.state() != ReturnState.SUBMITTED) {
			throw new UnprocessableException("Only a submitted return can be reviewed", List.of(FieldError.field("state",
					row == null ? ReturnState.NOT_STARTED.name() : row.state().name(), "The return is not waiting for review")));
		}
		ReturnState next = switch (decision) {
			case ACCEPT -> ReturnState.ACCEPTED;
			case QUERY -> ReturnState.QUERIED;
			case REJECT -> ReturnState.REJECTED;
		};
		String actor = AuditLog.currentActor();
		String text = blankToNull(comment);
		repository.reviewed(id, area.gssCode(), next, actor, text);
		repository.event(id, area.gssCode(), next.name(), text, actor);
		audit.updated("collection-return", id + "/" + area.gssCode(), actor + " " + next.name().toLowerCase(Locale.ROOT) + " the return of "
				+ area.name() + " to " + c.title(), Map.of("state", row.state()), text == null ? Map.of("state", next) : Map.of("state", next, "comment", text));
		notifications.reviewed(c, area, next, text);
		if (next == ReturnState.ACCEPTED && !LocalDate.now(clock).isBefore(c.publishOn())) {
			publish(c, List.of(area.gssCode()));
		}
		return returnOf(id, area.gssCode(), auth);
	}

	// ---- publication --------------------------------------------------------------------------

	/**
	 * Publishes the accepted returns of every collection whose publication date has come and that
	 * were not published yet, through the data service's import (with its revisions). Running it
	 * again publishes nothing new. Callers hold the cluster lock.
	 *
	 * @return how many returns were published
	 */
	@Transactional
	public int publishDue() {
		int published = 0;
		for (long id : repository.duePublication(LocalDate.now(clock))) {
			Collection c = get(id);
			List<String> due = repository.returns(id).stream().filter(r -> r.state() == ReturnState.ACCEPTED && r.publishedAt() == null)
				.map(ReturnRow::gss).toList();
			published += publish(c, due);
		}
		return published;
	}

	private int publish(Collection c, List<String> authorities) {
		StringBuilder csv = new StringBuilder("measure,area,period,value,status\n");
		int rows = 0;
		for (String gss : authorities) {
			for (StoredValue v : repository.values(c.id(), gss)) {
				csv.append(v.measure()).append(',').append(gss).append(',').append(quote(c.period())).append(',')
					.append(v.value() != null ? v.value().toPlainString() : quote(v.marker())).append(',').append(v.status()).append('\n');
				rows++;
			}
		}
		if (rows > 0) {
			ImportResult result = values.publish("collection-" + c.id() + "-" + LocalDate.now(clock) + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
			audit.updated("collection", Long.toString(c.id()), "Published " + authorities.size() + " accepted return" + (authorities.size() == 1 ? "" : "s")
					+ " of " + c.title() + ": " + result.inserted() + " new values, " + result.updated() + " revised", null, Map.of("authorities", authorities));
		}
		for (String gss : authorities) {
			repository.returnPublished(c.id(), gss);
			repository.event(c.id(), gss, "PUBLISHED", null, AuditLog.currentActor());
		}
		repository.markCollectionPublished(c.id());
		return authorities.size();
	}

	private static String quote(String s) {
		return "\"" + s.replace("\"", "\"\"") + "\"";
	}

	// ---- reminders ----------------------------------------------------------------------------

	/**
	 * Sends the reminders due today: a week before the close to authorities that have not submitted,
	 * and after the close to those that still have not. Each authority gets each reminder once.
	 *
	 * @return how many authorities were reminded
	 */
	@Transactional
	public int sendDueReminders() {
		LocalDate today = LocalDate.now(clock);
		int sent = 0;
		for (long id : repository.remindable(today)) {
			Collection c = get(id);
			String kind = today.isAfter(c.closesOn()) ? "OVERDUE" : !today.isBefore(c.closesOn().minusDays(7)) ? "BEFORE_CLOSE" : null;
			if (kind != null) {
				sent += remind(c, kind);
			}
		}
		return sent;
	}

	/** An officer reminds every authority that has not submitted, now (at most once a day). */
	@Transactional
	public int remindNow(long id) {
		return remind(get(id), "MANUAL-" + LocalDate.now(clock));
	}

	private int remind(Collection c, String kind) {
		Map<String, ReturnState> states = repository.returns(c.id()).stream().collect(Collectors.toMap(ReturnRow::gss, ReturnRow::state));
		int sent = 0;
		for (String gss : c.authorities()) {
			ReturnState state = states.getOrDefault(gss, ReturnState.NOT_STARTED);
			if (state.editable() && repository.reminderNotYetSent(c.id(), gss, kind)) {
				notifications.remind(c, register.get(gss), state, kind.startsWith("OVERDUE"));
				sent++;
			}
		}
		return sent;
	}

	// ---- shared -------------------------------------------------------------------------------

	private ReturnRow editable(Collection c, String gss) {
		ReturnRow row = repository.lockReturn(c.id(), gss).orElse(null);
		ReturnState state = row == null ? ReturnState.NOT_STARTED : row.state();
		if (!state.editable()) {
			throw new UnprocessableException("The return is " + state.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " and cannot be changed",
					List.of(FieldError.field("state", state.name(), "Only a return not yet submitted, or queried back to the council, can be changed")));
		}
		LocalDate today = LocalDate.now(clock);
		if (state != ReturnState.QUERIED && !c.openOn(today)) {
			throw new UnprocessableException("The collection is not open", List.of(FieldError.field("state", state.name(), "The collection is open from "
					+ c.opensOn() + " to " + c.closesOn())));
		}
		return row;
	}

	private void write(Collection c, String gss, ReturnRow row, Map<String, StoredValue> parsed, Set<String> cleared, String how) {
		if (row == null) {
			repository.createReturn(c.id(), gss);
			repository.event(c.id(), gss, "STARTED", null, AuditLog.currentActor());
		}
		Map<String, StoredValue> before = repository.values(c.id(), gss).stream().collect(Collectors.toMap(StoredValue::measure, v -> v));
		List<AuditLog.Change> changes = new ArrayList<>();
		String actor = AuditLog.currentActor();
		for (StoredValue v : parsed.values()) {
			StoredValue old = before.get(v.measure());
			if (old == null || !same(old, v)) {
				repository.saveValue(c.id(), gss, v, actor);
				changes.add(new AuditLog.Change(old == null ? org.stocktake.platform.audit.AuditAction.CREATE : org.stocktake.platform.audit.AuditAction.UPDATE,
						"collection-value", c.id() + "/" + gss + "/" + v.measure(), "Entered " + v.measure() + " for " + gss + " (" + how + ")", old, v));
			}
		}
		for (String measure : cleared) {
			StoredValue old = before.get(measure);
			if (old != null) {
				repository.deleteValue(c.id(), gss, measure);
				changes.add(new AuditLog.Change(org.stocktake.platform.audit.AuditAction.DELETE, "collection-value", c.id() + "/" + gss + "/" + measure,
						"Cleared " + measure + " for " + gss, old, null));
			}
		}
		audit.record(changes);
	}

	private static boolean same(StoredValue a, StoredValue b) {
		return java.util.Objects.equals(a.value() == null ? null : a.value().stripTrailingZeros(), b.value() == null ? null : b.value().stripTrailingZeros())
				&& java.util.Objects.equals(a.marker(), b.marker()) && java.util.Objects.equals(a.status(), b.status())
				&& java.util.Objects.equals(a.note(), b.note());
	}

	private Return load(Collection c, String gss, ReturnRow row) {
		Period period = period(c);
		Map<String, StoredValue> stored = row == null ? Map.of()
				: repository.values(c.id(), gss).stream().collect(Collectors.toMap(StoredValue::measure, v -> v));
		List<Return.Item> items = new ArrayList<>();
		for (String id : c.measures()) {
			Measure m = measures.get(id, true);
			String previous = period.previous().toString();
			DataValue last = values.series(id, gss).stream().filter(v -> v.period().equals(previous)).findFirst().orElse(null);
			StoredValue v = stored.get(id);
			items.add(new Return.Item(id, m.title(), m.unit().name(), m.decimalPlaces(), v == null ? null : v.value(), v == null ? null : v.marker(),
					v == null ? null : v.status(), v == null ? null : v.note(), previous, last == null ? null : last.value(),
					last == null ? null : last.marker()));
		}
		ValidationReport report = validate(c, gss, stored, row != null && row.state() != ReturnState.DRAFT);
		return new Return(c.id(), c.title(), c.period(), gss, register.find(gss).map(Area::name).orElse(gss),
				row == null ? ReturnState.NOT_STARTED : row.state(), items, report, row == null ? null : row.submittedAt(),
				row == null ? null : row.reviewedAt(), row == null ? null : row.reviewComment(), row == null ? null : row.publishedAt(),
				row == null ? List.of() : repository.events(c.id(), gss));
	}

	/** The rules' findings on figures; completeness only when {@code submitting} (or reviewing what was submitted). */
	ValidationReport validate(Collection c, String gss, Map<String, StoredValue> stored, boolean submitting) {
		Map<String, Measure> byId = new LinkedHashMap<>();
		c.measures().forEach(id -> byId.put(id, measures.get(id, true)));
		Map<String, Validator.Entry> entries = new HashMap<>();
		stored.values().forEach(v -> entries.put(v.measure(), new Validator.Entry(v.value(), v.marker(), v.note())));
		Period period = period(c);
		Area self = register.get(gss);
		Validator.References refs = new Validator.References() {
			@Override
			public List<BigDecimal> history(String measure) {
				Measure m = byId.get(measure);
				return values.series(measure, gss).stream()
					.filter(v -> v.value() != null && Period.parse(v.period(), m.periodicity()).map(p -> p.compareTo(period) < 0).orElse(false))
					.map(DataValue::value)
					.toList();
			}

			@Override
			public List<BigDecimal> peers(String measure, String peerGroup) {
				Set<String> peers = peerSet(c, self, peerGroup);
				peers.remove(self.gssCode());
				Map<String, BigDecimal> figures = new HashMap<>();
				for (DataValue v : values.forPeriod(measure, period.toString())) {
					if (v.value() != null && peers.contains(v.areaGssCode())) {
						figures.put(v.areaGssCode(), v.value());
					}
				}
				// figures submitted to this collection stand in for (or correct) what is published
				for (Object[] v : repository.submittedValues(c.id(), measure)) {
					if (peers.contains((String) v[0])) {
						figures.put((String) v[0], (BigDecimal) v[1]);
					}
				}
				return List.copyOf(figures.values());
			}
		};
		return Validator.validate(c.rules(), byId, entries, refs, submitting);
	}

	private Set<String> peerSet(Collection c, Area self, String peerGroup) {
		if (peerGroup == null || peerGroup.isBlank() || peerGroup.equals("collection")) {
			return new HashSet<>(c.authorities());
		}
		if (peerGroup.equals("type")) {
			return register.all().stream().filter(a -> a.current() && a.type() == self.type()).map(Area::gssCode).collect(Collectors.toSet());
		}
		if (peerGroup.equals("region")) {
			return register.all().stream().filter(a -> a.current() && a.region() == self.region()).map(Area::gssCode).collect(Collectors.toSet());
		}
		return register.group(peerGroup).map(AreaGroup::memberGssCodes).map(HashSet::new).orElseGet(HashSet::new);
	}

	private Period period(Collection c) {
		return Period.of(c.period(), measures.get(c.measures().get(0), true).periodicity());
	}

	private Area allowed(Collection c, String gss, Authentication auth) {
		Area area = register.get(gss);
		if (!c.authorities().contains(area.gssCode())) {
			throw new NotFoundException(area.name() + " is not asked to submit to " + c.title());
		}
		if (officer(auth)) {
			return area;
		}
		Optional<Area> own = register.ownAuthority(auth);
		if (own.isEmpty() || !own.get().gssCode().equals(area.gssCode())) {
			throw new ForbiddenException("You can only see and change your own authority's return");
		}
		return area;
	}

	public static boolean officer(Authentication auth) {
		return Navigation.withRole("OFFICER", "ADMIN").test(auth);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(t)) {
				return e;
			}
		}
		return null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
