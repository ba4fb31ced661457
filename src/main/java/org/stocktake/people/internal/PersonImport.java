package org.stocktake.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.people.RoleType;
import org.stocktake.platform.audit.AuditAction;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.register.Area;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/**
 * Imports people from CSV, one row per role a person holds (or one row with a blank role for a
 * person without one), keyed by {@code person_ref}. A person in the file gets exactly the file's
 * roles; people not in the file are left alone. Every problem is reported with its line and column,
 * a file with any problem writes nothing, and importing the same file twice changes nothing.
 */
@Service
public class PersonImport {

	public static final String REF = "person_ref";
	public static final String NAME = "name";
	public static final String TYPE = "person_type";
	public static final String AUTHORITY = "authority_gss_code";
	public static final String PARTY = "political_group";
	public static final String EMAIL = "email";
	public static final String PHONE = "phone";
	public static final String FICTITIOUS = "fictitious";
	public static final String ROLE = "role";
	public static final String ROLE_TITLE = "role_title";
	public static final String REGION = "region";
	public static final String START = "start_date";
	public static final String END = "end_date";

	/** The header in the order the export writes it. */
	public static final List<String> HEADER = List.of(REF, NAME, TYPE, AUTHORITY, PARTY, EMAIL, PHONE, FICTITIOUS, ROLE, ROLE_TITLE,
			REGION, START, END);

	static final Set<String> REQUIRED = Set.of(REF, NAME, TYPE);

	private final PersonRepository people;
	private final Register register;
	private final AuditLog audit;

	PersonImport(PersonRepository people, Register register, AuditLog audit) {
		this.people = people;
		this.register = register;
		this.audit = audit;
	}

	private record Parsed(int line, PersonState person, PersonState.RoleState role, String roleKey) {
	}

	@Transactional
	public ImportResult run(byte[] file, boolean dryRun) {
		CsvFile csv = CsvFile.parse(file, REQUIRED);
		RowErrors errors = new RowErrors();
		Map<String, Optional<Area>> authorities = new HashMap<>();
		List<Parsed> rows = new ArrayList<>();
		for (CsvFile.Row row : csv.rows()) {
			Parsed parsed = parse(row, errors, code -> authorities.computeIfAbsent(code, register::find));
			if (parsed != null) {
				rows.add(parsed);
			}
		}
		Map<String, PersonState> incoming = combine(rows, errors);
		errors.throwIfAny();

		Map<String, PersonState> existing = people.statesByRef();
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		List<AuditLog.Change> changes = new ArrayList<>();
		List<PersonState> toInsert = new ArrayList<>();
		List<PersonState> toUpdate = new ArrayList<>();
		for (PersonState state : incoming.values()) {
			PersonState before = existing.get(state.ref());
			if (before == null) {
				inserted++;
				toInsert.add(state);
				changes.add(new AuditLog.Change(AuditAction.CREATE, "person", state.ref(), "Person " + state.name() + " added to the directory", null, state));
			}
			else if (!before.equals(state)) {
				updated++;
				toUpdate.add(state);
				changes.add(new AuditLog.Change(AuditAction.UPDATE, "person", state.ref(), "Person " + state.name() + " changed in the directory", before, state));
			}
			else {
				unchanged++;
			}
		}
		if (!dryRun) {
			toInsert.forEach(people::insert);
			toUpdate.forEach(people::update);
			audit.record(changes);
		}
		return new ImportResult(inserted, updated, unchanged, 0, List.of(), dryRun);
	}

	private Parsed parse(CsvFile.Row row, RowErrors errors, java.util.function.Function<String, Optional<Area>> authorities) {
		int line = row.line();
		int before = errors.list().size();
		String ref = row.get(REF);
		if (ref.isEmpty()) {
			errors.add(line, REF, "", "Enter the person_ref: your own stable identifier for this person");
		}
		else if (!PersonFields.REF.matcher(ref).matches()) {
			errors.add(line, REF, ref, "A person_ref is 1 to 100 letters, digits or . _ : / - and starts with a letter or digit");
		}
		List<PersonFields.Problem> problems = PersonFields.list();
		Optional<PersonFields.Checked> checked = PersonFields.check(row.get(NAME), row.get(TYPE), row.get(AUTHORITY), row.get(PARTY),
				row.get(EMAIL), row.get(PHONE), authorities, problems);
		problems.forEach(p -> errors.add(line, p.column(), p.value(), p.message()));
		Boolean fictitious = switch (row.get(FICTITIOUS).toLowerCase(Locale.ROOT)) {
			case "", "false", "no", "0" -> false;
			case "true", "yes", "1" -> true;
			default -> {
				errors.add(line, FICTITIOUS, row.get(FICTITIOUS), "fictitious must be true or false");
				yield null;
			}
		};
		PersonState.RoleState role = role(row, errors);
		if (errors.list().size() > before || checked.isEmpty()) {
			return null;
		}
		PersonFields.Checked c = checked.get();
		PersonState person = new PersonState(ref, c.name(), c.type(), c.area() == null ? null : c.area().code(),
				c.area() == null ? null : c.area().gssCode(), c.party(), c.email(), c.phone(), fictitious, List.of());
		String roleKey = role == null ? "(no role)"
				: String.join("|", role.type().name(), Objects.toString(role.title(), "").toLowerCase(Locale.ROOT),
						Objects.toString(role.region(), ""), Objects.toString(role.startDate(), ""));
		return new Parsed(line, person, role, roleKey);
	}

	private static PersonState.RoleState role(CsvFile.Row row, RowErrors errors) {
		int line = row.line();
		LocalDate start = date(row, START, errors);
		LocalDate end = date(row, END, errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.add(line, END, row.get(END), "The end date " + end + " is before the start date " + start);
		}
		String region = null;
		if (!row.isBlank(REGION)) {
			region = Region.parse(row.get(REGION)).map(Region::code).orElse(null);
			if (region == null) {
				errors.add(line, REGION, row.get(REGION),
						"Unknown region; expected an English region or Wales, by name or ONS code (E12000001 to E12000009, W92000004)");
			}
		}
		String title = PersonFields.blankToNull(row.get(ROLE_TITLE));
		if (title != null && title.length() > 200) {
			errors.add(line, ROLE_TITLE, title.substring(0, 20) + "…", "The role title must be at most 200 characters");
		}
		if (row.isBlank(ROLE)) {
			for (String column : List.of(ROLE_TITLE, REGION, START, END)) {
				if (!row.isBlank(column)) {
					errors.add(line, ROLE, "", "Enter the role that the " + column + " " + row.get(column) + " belongs to");
					break;
				}
			}
			return null;
		}
		RoleType type = RoleType.parse(row.get(ROLE)).orElse(null);
		if (type == null) {
			errors.add(line, ROLE, row.get(ROLE), "Unknown role; expected one of " + Arrays.toString(RoleType.values()));
			return null;
		}
		return new PersonState.RoleState(type, title, region, start, end);
	}

	/** Rows of one person must agree on the person's details; the same role may not appear twice. */
	private static Map<String, PersonState> combine(List<Parsed> rows, RowErrors errors) {
		Map<String, Parsed> first = new LinkedHashMap<>();
		Map<String, Integer> roleLines = new HashMap<>();
		Map<String, List<PersonState.RoleState>> roles = new LinkedHashMap<>();
		for (Parsed p : rows) {
			String ref = p.person().ref();
			Parsed earlier = first.putIfAbsent(ref, p);
			if (earlier != null) {
				disagreement(p, earlier, errors);
			}
			Integer duplicateOf = roleLines.putIfAbsent(ref + "\u0000" + p.roleKey(), p.line());
			if (duplicateOf != null) {
				errors.add(p.line(), p.role() == null ? REF : ROLE, p.role() == null ? ref : p.role().type().name(),
						"Duplicate row: person " + ref + " has the same " + (p.role() == null ? "row without a role" : "role from the same start date")
								+ " on line " + duplicateOf);
			}
			List<PersonState.RoleState> list = roles.computeIfAbsent(ref, k -> new ArrayList<>());
			if (p.role() != null && duplicateOf == null) {
				list.add(p.role());
			}
		}
		Map<String, PersonState> people = new LinkedHashMap<>();
		first.forEach((ref, p) -> people.put(ref, p.person().withRoles(roles.get(ref))));
		return people;
	}

	private static void disagreement(Parsed p, Parsed earlier, RowErrors errors) {
		PersonState a = p.person();
		PersonState b = earlier.person();
		check(p, earlier, NAME, a.name(), b.name(), errors);
		check(p, earlier, TYPE, a.type(), b.type(), errors);
		check(p, earlier, AUTHORITY, a.authorityGssCode(), b.authorityGssCode(), errors);
		check(p, earlier, PARTY, a.party(), b.party(), errors);
		check(p, earlier, EMAIL, a.email(), b.email(), errors);
		check(p, earlier, PHONE, a.phone(), b.phone(), errors);
		check(p, earlier, FICTITIOUS, a.fictitious(), b.fictitious(), errors);
	}

	private static void check(Parsed p, Parsed earlier, String column, Object value, Object earlierValue, RowErrors errors) {
		if (!Objects.equals(value, earlierValue)) {
			errors.add(p.line(), column, value == null ? "" : value.toString(), "Person " + p.person().ref() + " has a different " + column
					+ " on line " + earlier.line() + " (" + (earlierValue == null ? "blank" : earlierValue) + "); every row of one person must agree");
		}
	}

	private static LocalDate date(CsvFile.Row row, String column, RowErrors errors) {
		if (row.isBlank(column)) {
			return null;
		}
		try {
			return LocalDate.parse(row.get(column));
		}
		catch (DateTimeParseException ex) {
			errors.add(row.line(), column, row.get(column), "Dates are written as YYYY-MM-DD, like 2023-04-01");
			return null;
		}
	}

}
