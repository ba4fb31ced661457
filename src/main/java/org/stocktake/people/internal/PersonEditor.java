package org.stocktake.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.people.RoleType;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/** Officers adding and changing people and their roles one at a time; every change is audited. */
@Service
public class PersonEditor {

	/** Form fields by the import column they correspond to, so both report the same rule. */
	private static final Map<String, String> FIELDS = Map.of(PersonImport.NAME, "name", PersonImport.TYPE, "type", PersonImport.AUTHORITY,
			"authority", PersonImport.PARTY, "party", PersonImport.EMAIL, "email", PersonImport.PHONE, "phone");

	private final PersonRepository people;
	private final Register register;
	private final AuditLog audit;

	PersonEditor(PersonRepository people, Register register, AuditLog audit) {
		this.people = people;
		this.register = register;
		this.audit = audit;
	}

	/** A person's own details as a form sends them. */
	public record PersonDraft(String name, String type, String authority, String party, String email, String phone, boolean fictitious) {
	}

	/** A role as a form sends it; dates as YYYY-MM-DD. */
	public record RoleDraft(String role, String title, String region, String startDate, String endDate) {
	}

	@Transactional
	public long create(PersonDraft draft) {
		PersonState state = check("person-" + UUID.randomUUID().toString().substring(0, 13), draft, List.of());
		long id = people.insert(state);
		audit.created("person", state.ref(), "Person " + state.name() + " added to the directory", state);
		return id;
	}

	@Transactional
	public void update(long id, PersonDraft draft) {
		PersonState before = existing(id);
		PersonState after = check(before.ref(), draft, before.roles());
		if (!after.equals(before)) {
			people.update(after);
			audit.updated("person", after.ref(), "Person " + after.name() + " changed in the directory", before, after);
		}
	}

	@Transactional
	public void addRole(long id, RoleDraft draft) {
		PersonState before = existing(id);
		PersonState.RoleState role = checkRole(draft);
		if (before.roles().contains(role)) {
			throw new BadRequestException("role", draft.role(), "This person already has this role with these dates");
		}
		List<PersonState.RoleState> roles = new ArrayList<>(before.roles());
		roles.add(role);
		PersonState after = before.withRoles(roles);
		people.update(after);
		audit.updated("person", after.ref(), "Role " + role.type() + " added to " + after.name(), before, after);
	}

	@Transactional
	public void removeRole(long id, long roleId) {
		PersonState before = existing(id);
		var person = people.find(id).orElseThrow();
		var removed = person.roles().stream().filter(r -> r.id() == roleId).findFirst()
			.orElseThrow(() -> new NotFoundException("This person has no role " + roleId));
		PersonState.RoleState state = new PersonState.RoleState(removed.type(), removed.title(),
				removed.region() == null ? null : removed.region().code(), removed.startDate(), removed.endDate());
		List<PersonState.RoleState> roles = new ArrayList<>(before.roles());
		roles.remove(state);
		PersonState after = before.withRoles(roles);
		people.update(after);
		audit.updated("person", after.ref(), "Role " + removed.type() + " removed from " + after.name(), before, after);
	}

	@Transactional
	public void delete(long id) {
		PersonState before = existing(id);
		people.delete(id);
		audit.deleted("person", before.ref(), "Person " + before.name() + " removed from the directory", before);
	}

	private PersonState existing(long id) {
		return people.state(id).orElseThrow(() -> new NotFoundException("There is no person " + id));
	}

	private PersonState check(String ref, PersonDraft draft, List<PersonState.RoleState> roles) {
		List<PersonFields.Problem> problems = PersonFields.list();
		Optional<PersonFields.Checked> checked = PersonFields.check(draft.name(), draft.type(), draft.authority(), draft.party(), draft.email(),
				draft.phone(), register::find, problems);
		if (checked.isEmpty()) {
			throw new BadRequestException(problems.stream().map(p -> FieldError.field(FIELDS.get(p.column()), p.value(), p.message())).toList());
		}
		PersonFields.Checked c = checked.get();
		return new PersonState(ref, c.name(), c.type(), c.area() == null ? null : c.area().code(), c.area() == null ? null : c.area().gssCode(),
				c.party(), c.email(), c.phone(), draft.fictitious(), roles);
	}

	private static PersonState.RoleState checkRole(RoleDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		RoleType type = RoleType.parse(draft.role()).orElse(null);
		if (type == null) {
			errors.add(FieldError.field("role", draft.role(), draft.role() == null || draft.role().isBlank() ? "Select the role"
					: "Unknown role; expected one of " + java.util.Arrays.toString(RoleType.values())));
		}
		String region = null;
		if (draft.region() != null && !draft.region().isBlank()) {
			region = Region.parse(draft.region()).map(Region::code).orElse(null);
			if (region == null) {
				errors.add(FieldError.field("region", draft.region(), "Select an English region or Wales"));
			}
		}
		LocalDate start = date("startDate", draft.startDate(), errors);
		LocalDate end = date("endDate", draft.endDate(), errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.add(FieldError.field("endDate", draft.endDate(), "The end date must be the same as or after the start date"));
		}
		String title = PersonFields.blankToNull(draft.title());
		if (title != null && title.length() > 200) {
			errors.add(FieldError.field("title", title.substring(0, 20) + "…", "The title must be at most 200 characters"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		return new PersonState.RoleState(type, title, region, start, end);
	}

	private static LocalDate date(String field, String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(FieldError.field(field, text, "Enter a real date as YYYY-MM-DD, like 2023-04-01"));
			return null;
		}
	}
}
