package org.stocktake.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.oversight.Intervention.Milestone;
import org.stocktake.oversight.internal.InspectionRepository;
import org.stocktake.oversight.internal.InterventionRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/** Government intervention in authorities and the milestones their judgements set. */
@Service
public class Interventions {

	private final InterventionRepository repository;
	private final InspectionRepository inspections;
	private final Register register;
	private final AuditLog audit;
	private final Clock clock;

	Interventions(InterventionRepository repository, InspectionRepository inspections, Register register, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.inspections = inspections;
		this.register = register;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public List<Intervention> all() {
		return assemble(repository.list(null));
	}

	public List<Intervention> ofArea(Area area) {
		return assemble(repository.list(area.code()));
	}

	public Intervention get(long id) {
		return repository.find(id).map(r -> assemble(List.of(r)).get(0))
			.orElseThrow(() -> new NotFoundException("There is no intervention " + id));
	}

	public InterventionFigures figures() {
		LocalDate today = today();
		List<Intervention> active = all().stream().filter(i -> i.activeOn(today)).toList();
		Map<InterventionType, Integer> byType = new EnumMap<>(InterventionType.class);
		for (InterventionType type : InterventionType.values()) {
			byType.put(type, (int) active.stream().filter(i -> i.type() == type).map(Intervention::areaCode).distinct().count());
		}
		Set<String> authorities = active.stream().map(Intervention::areaCode).collect(Collectors.toSet());
		// An authority counts once, from the start of its longest-running active intervention.
		Map<String, Long> longest = active.stream()
			.collect(Collectors.toMap(Intervention::areaCode, i -> i.monthsInIntervention(today), Math::max));
		int moreThanTwelve = (int) longest.values().stream().filter(m -> m >= 12).count();
		List<Intervention> overdue = active.stream().filter(i -> !i.overdue().isEmpty()).toList();
		return new InterventionFigures(authorities.size(), byType, moreThanTwelve, active, overdue);
	}

	@Transactional
	public Intervention start(NewIntervention form) {
		List<FieldError> errors = new ArrayList<>();
		Area area = null;
		if (blank(form.area())) {
			errors.add(FieldError.field("area", "", "Enter the authority's GSS code, for example E08000016"));
		}
		else {
			area = register.find(form.area()).orElse(null);
			if (area == null) {
				errors.add(FieldError.field("area", form.area(), "No authority in the register has this GSS code"));
			}
		}
		InterventionType type = InterventionType.parse(form.type()).orElse(null);
		if (type == null) {
			errors.add(FieldError.field("type", form.type(), "Select the type of intervention"));
		}
		if (blank(form.service())) {
			errors.add(FieldError.field("service", "", "Enter the service in intervention, for example children's services"));
		}
		else if (form.service().length() > 100) {
			errors.add(FieldError.field("service", form.service(), "The service must be 100 characters or fewer"));
		}
		LocalDate start = date("startDate", form.startDate(), true, errors);
		LocalDate published = date("triggerPublicationDate", form.triggerPublicationDate(), false, errors);
		if (start != null && start.isAfter(today())) {
			errors.add(FieldError.field("startDate", form.startDate(), "The start date must be today or in the past"));
		}
		Inspection trigger = null;
		if (area != null && published != null) {
			trigger = triggerOf(area, published);
			if (trigger == null) {
				errors.add(FieldError.field("triggerPublicationDate", form.triggerPublicationDate(),
						"No inspection of " + area.name() + " was published on " + published));
			}
			else if (start != null && start.isBefore(published)) {
				errors.add(FieldError.field("startDate", form.startDate(), "Intervention cannot start before the judgement that triggered it ("
						+ published + ")"));
			}
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		InterventionRepository.Row row = new InterventionRepository.Row(0, area.code(), area.gssCode(), area.name(), type,
				form.service().trim(), start, null, trigger == null ? null : trigger.id(), blank(form.notes()) ? null : form.notes().trim());
		long id = repository.insert(row, AuditLog.currentActor());
		Intervention created = get(id);
		audit.created("intervention", String.valueOf(id), type + " in " + area.name() + " (" + created.service() + ")", row);
		return created;
	}

	@Transactional
	public Intervention end(long id, String endDate) {
		Intervention before = get(id);
		List<FieldError> errors = new ArrayList<>();
		LocalDate end = date("endDate", endDate, true, errors);
		if (end != null && end.isBefore(before.startDate())) {
			errors.add(FieldError.field("endDate", endDate, "The end date must be on or after the start (" + before.startDate() + ")"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		repository.end(id, end);
		audit.updated("intervention", String.valueOf(id), "Intervention in " + before.areaName() + " ended " + end, before.endDate(), end);
		return get(id);
	}

	@Transactional
	public Intervention completeMilestone(long id, String ruleId, String dueDate, String completedOn) {
		Intervention intervention = get(id);
		List<FieldError> errors = new ArrayList<>();
		LocalDate due = date("dueDate", dueDate, true, errors);
		LocalDate done = date("completedOn", completedOn, true, errors);
		if (done != null && done.isAfter(today())) {
			errors.add(FieldError.field("completedOn", completedOn, "The date it was met must be today or in the past"));
		}
		if (due != null && intervention.milestones().stream().noneMatch(m -> m.ruleId().equals(ruleId) && m.dueDate().equals(due))) {
			errors.add(FieldError.field("ruleId", ruleId, "This intervention has no such milestone due on " + due));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		repository.complete(id, ruleId, due, done, AuditLog.currentActor());
		audit.updated("milestone", id + "/" + ruleId + "/" + due, "Milestone met in " + intervention.areaName(), null, done);
		return get(id);
	}

	private Inspection triggerOf(Area area, LocalDate published) {
		return inspections.ofArea(area.code())
			.stream()
			.filter(i -> i.publicationDate().equals(published))
			.findFirst()
			.orElse(null);
	}

	private List<Intervention> assemble(List<InterventionRepository.Row> rows) {
		List<MilestoneRule> rules = repository.rules();
		LocalDate today = today();
		return rows.stream().map(r -> {
			Inspection trigger = r.triggerInspectionId() == null ? null : inspections.find(r.triggerInspectionId()).orElse(null);
			return new Intervention(r.id(), r.areaCode(), r.areaGssCode(), r.areaName(), r.type(), r.service(), r.startDate(), r.endDate(),
					trigger, r.notes(), milestones(r, trigger, rules, today));
		}).toList();
	}

	private List<Milestone> milestones(InterventionRepository.Row r, Inspection trigger, List<MilestoneRule> rules, LocalDate today) {
		if (trigger == null) {
			return List.of();
		}
		Map<String, LocalDate> met = repository.completions(r.id())
			.stream()
			.collect(Collectors.toMap(c -> c.ruleId() + "|" + c.dueDate(), InterventionRepository.Completion::completedOn));
		LocalDate until = r.endDate() == null || r.endDate().isAfter(today) ? today : r.endDate();
		List<Milestone> milestones = new ArrayList<>();
		for (MilestoneRule rule : rules) {
			if (!rule.appliesTo(trigger)) {
				continue;
			}
			for (LocalDate due : rule.dueDates(trigger.publicationDate(), until)) {
				if (r.endDate() != null && due.isAfter(r.endDate())) {
					continue;
				}
				LocalDate done = met.get(rule.id() + "|" + due);
				Milestone.Status status = done != null ? Milestone.Status.MET
						: !due.isBefore(today) ? Milestone.Status.DUE
								: r.endDate() == null ? Milestone.Status.OVERDUE : Milestone.Status.UNRECORDED;
				milestones.add(new Milestone(rule.id(), rule.name(), due, done, status));
			}
		}
		milestones.sort(Comparator.comparing(Milestone::dueDate).thenComparing(Milestone::ruleId));
		return milestones;
	}

	private static LocalDate date(String field, String text, boolean required, List<FieldError> errors) {
		if (blank(text)) {
			if (required) {
				errors.add(FieldError.field(field, "", "Enter the date, as YYYY-MM-DD"));
			}
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(FieldError.field(field, text, "Not a date: write it as YYYY-MM-DD, for example 2024-07-23"));
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
