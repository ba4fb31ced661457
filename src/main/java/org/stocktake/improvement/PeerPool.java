package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.improvement.internal.PeerRepository;
import org.stocktake.people.Person;
import org.stocktake.people.PersonType;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/** The pool of peers: councillors and council officers from the directory who serve on challenge teams. */
@Service
public class PeerPool {

	/** What saving a peer did: the peer as now held, and whether it is new to the pool. */
	public record Saved(Peer peer, boolean created) {
	}

	private final PeerRepository repository;
	private final Fields fields;
	private final Register register;
	private final AuditLog audit;
	private final org.stocktake.improvement.internal.PoolHealthQueries health;
	private final java.time.Clock clock;

	PeerPool(PeerRepository repository, Fields fields, Register register, AuditLog audit,
			org.stocktake.improvement.internal.PoolHealthQueries health, java.time.Clock clock) {
		this.health = health;
		this.clock = clock;
		this.repository = repository;
		this.fields = fields;
		this.register = register;
		this.audit = audit;
	}

	public List<Peer.Skill> skills() {
		return repository.skills();
	}

	public Paged<Peer> list(String skill, PageRequest page) {
		if (skill != null && skills().stream().noneMatch(s -> s.id().equals(skill))) {
			throw new BadRequestException("skill", skill, "There is no skill " + skill + " in the list");
		}
		return new Paged<>(repository.list(skill, null, page.offset(), page.size()), page.page(), page.size(), repository.count(skill));
	}

	/** The pool's health today: skills against the financial year's demand, who it holds, and the peers to act on. */
	public PoolHealth health() {
		LocalDate today = LocalDate.now(clock);
		int startYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		LocalDate yearStart = LocalDate.of(startYear, 4, 1);
		String fy = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
		List<PoolHealth.Count> byType = health.byType().stream().map(r -> new PoolHealth.Count((String) r[0], (String) r[0], (Integer) r[1])).toList();
		List<PoolHealth.Count> byRegion = health.byRegion().stream()
			.map(r -> new PoolHealth.Count((String) r[0], org.stocktake.register.Region.parse((String) r[0]).map(org.stocktake.register.Region::displayName)
				.orElse(""), (Integer) r[1]))
			.toList();
		List<PoolHealth.Count> byParty = health.byParty().stream().map(r -> new PoolHealth.Count((String) r[0], (String) r[0], (Integer) r[1])).toList();
		return new PoolHealth(today, fy, health.peers(), health.skills(today, yearStart, yearStart.plusYears(1).minusDays(1)), byType, byRegion,
				byParty, health.expiring(today, today.plusDays(PoolHealth.EXPIRY_WARNING_DAYS)), health.unused(today),
				health.overused(today, PoolHealth.OVERUSED_DAYS));
	}

	/** Adds the person to the pool, or replaces what the pool holds about them. */
	@Transactional
	public Saved save(NewPeer form) {
		List<FieldError> errors = new ArrayList<>();
		Person person = null;
		if (Fields.blank(form.person())) {
			errors.add(FieldError.field("person", "", "Enter the person's number or reference in the directory"));
		}
		else {
			person = fields.person("person", form.person(), errors);
			if (person != null && person.type() == PersonType.ASSOCIATION_OFFICER) {
				errors.add(FieldError.field("person", form.person(), person.name() + " is one of the association's officers, not a peer from the sector"));
			}
		}
		Set<String> known = skills().stream().map(Peer.Skill::id).collect(Collectors.toSet());
		List<String> skills = form.skills() == null ? List.of() : form.skills().stream().map(String::trim).distinct().toList();
		skills.stream().filter(s -> !known.contains(s))
			.forEach(s -> errors.add(FieldError.field("skills", s, "There is no skill " + s + " in the list")));
		LocalDate expires = Fields.blank(form.accreditationExpires()) ? null
				: fields.date("accreditationExpires", form.accreditationExpires(), null, errors);
		List<String> conflictCodes = new ArrayList<>();
		if (form.conflicts() != null) {
			for (String gss : form.conflicts()) {
				Area area = gss == null ? null : register.find(gss.trim()).orElse(null);
				if (area == null) {
					errors.add(FieldError.field("conflicts", gss, "No authority in the register has the GSS code " + gss));
				}
				else {
					conflictCodes.add(area.code());
				}
			}
		}
		List<Peer.Unavailable> blocked = new ArrayList<>();
		if (form.unavailable() != null) {
			for (NewPeer.Period period : form.unavailable()) {
				LocalDate from = fields.date("unavailable", period.from(), null, errors);
				LocalDate to = fields.date("unavailable", period.to(), null, errors);
				if (from != null && to != null && to.isBefore(from)) {
					errors.add(FieldError.field("unavailable", period.from() + "/" + period.to(), "A blocked period must end on or after its start"));
				}
				else if (from != null && to != null) {
					blocked.add(new Peer.Unavailable(from, to));
				}
			}
		}
		if (form.specialism() != null && form.specialism().length() > 200) {
			errors.add(FieldError.field("specialism", form.specialism().substring(0, 40) + "…", "Write 200 characters or fewer"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		boolean created = !repository.exists(person.id());
		Peer before = created ? null : repository.list(null, person.id(), 0, 1).get(0);
		repository.save(person.id(), Fields.trimmed(form.specialism()), expires, skills, conflictCodes, blocked, AuditLog.currentActor());
		Peer after = repository.list(null, person.id(), 0, 1).get(0);
		if (created) {
			audit.created("peer", String.valueOf(person.id()), person.name() + " joined the peer pool", after);
		}
		else {
			audit.updated("peer", String.valueOf(person.id()), person.name() + "'s peer record changed", before, after);
		}
		return new Saved(after, created);
	}
}
