package org.stocktake.register.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.platform.audit.AuditAction;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.register.AreaType;
import org.stocktake.register.GssCode;
import org.stocktake.register.Region;

/**
 * Imports the register from a CSV in mySociety's layout, keyed by {@code local-authority-code}:
 * every row is checked, every problem is reported with its line, and a file with any problem
 * writes nothing. Importing the same file twice changes nothing.
 */
@Service
public class RegisterImport {

	public static final String CODE = "local-authority-code";
	public static final String OFFICIAL_NAME = "official-name";
	public static final String NAME = "nice-name";
	public static final String GSS = "gss-code";
	public static final String TYPE = "local-authority-type";
	public static final String START = "start-date";
	public static final String END = "end-date";
	public static final String REPLACED_BY = "replaced-by";
	public static final String REGION = "region";
	public static final String PARENT = "county-la";
	public static final String COMBINED_AUTHORITY = "combined-authority";
	public static final String FORMER_GSS = "former-gss-codes";
	public static final String CURRENT = "current-authority";
	public static final String ALT_NAMES = "alt-names";
	public static final String POPULATION = "pop-2020";

	static final Set<String> REQUIRED = Set.of(CODE, OFFICIAL_NAME, NAME, GSS, TYPE);

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	RegisterImport(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** An authority as a row of the file sets it; compared field by field with what is stored. */
	record AreaState(String code, String gssCode, String officialName, String name, AreaType type, String region,
			String parentCode, LocalDate startDate, LocalDate endDate, boolean current, Integer population2020,
			Set<String> formerGssCodes, Set<String> successorCodes, String combinedAuthority, String searchText) {
	}

	private record Parsed(int line, AreaState state, String regionText) {
	}

	@Transactional
	public ImportResult run(byte[] file, boolean dryRun) {
		CsvFile csv = CsvFile.parse(file, REQUIRED);
		Map<String, AreaState> existing = existingStates();
		RowErrors errors = new RowErrors();
		List<String> warnings = new ArrayList<>();
		int skipped = 0;
		List<Parsed> rows = new ArrayList<>();
		for (CsvFile.Row row : csv.rows()) {
			String typeText = row.get(TYPE).toUpperCase(Locale.ROOT);
			if (AreaType.OUT_OF_SCOPE.contains(typeText)) {
				skipped++;
				continue;
			}
			Parsed parsed = parse(row, errors);
			if (parsed != null) {
				rows.add(parsed);
			}
		}
		if (skipped > 0) {
			warnings.add(skipped + " Scottish or Northern Irish rows are outside Stocktake's scope and were skipped");
		}
		Map<String, Parsed> byCode = checkAcrossRows(rows, existing, errors);
		Map<String, String> regions = deriveRegions(byCode, existing, errors);
		errors.throwIfAny();

		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		List<AuditLog.Change> changes = new ArrayList<>();
		List<AreaState> toWrite = new ArrayList<>();
		for (Parsed p : byCode.values()) {
			AreaState state = withRegion(p.state(), regions.get(p.state().code()));
			AreaState before = existing.get(state.code());
			if (before == null) {
				inserted++;
				changes.add(new AuditLog.Change(AuditAction.CREATE, "area", state.gssCode(), "Area " + state.name() + " added to the register", null, state));
				toWrite.add(state);
			}
			else if (!before.equals(state)) {
				updated++;
				changes.add(new AuditLog.Change(AuditAction.UPDATE, "area", state.gssCode(), "Area " + state.name() + " changed in the register", before, state));
				toWrite.add(state);
			}
			else {
				unchanged++;
			}
		}
		if (!dryRun && !toWrite.isEmpty()) {
			write(toWrite);
			audit.record(changes);
		}
		return new ImportResult(inserted, updated, unchanged, skipped, warnings, dryRun);
	}

	private Parsed parse(CsvFile.Row row, RowErrors errors) {
		int line = row.line();
		int before = errors.list().size();
		String code = row.get(CODE).toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9]{2,12}")) {
			errors.add(line, CODE, row.get(CODE), "The local-authority-code must be 2 to 12 letters or digits");
		}
		String gss = row.get(GSS).toUpperCase(Locale.ROOT);
		if (!GssCode.isValid(gss)) {
			errors.add(line, GSS, row.get(GSS), "A GSS code is a letter E, W, S or N followed by eight digits, like E07000223");
		}
		AreaType type = AreaType.parse(row.get(TYPE)).orElse(null);
		if (type == null) {
			errors.add(line, TYPE, row.get(TYPE), "Unknown authority type; expected one of CTY, NMD, UA, MD, LBO, CC, WPA, SRA, COMB "
					+ "or " + Arrays.toString(AreaType.values()));
		}
		if (row.isBlank(OFFICIAL_NAME)) {
			errors.add(line, OFFICIAL_NAME, "", "Enter the authority's official name");
		}
		if (row.isBlank(NAME)) {
			errors.add(line, NAME, "", "Enter the authority's short name");
		}
		LocalDate start = date(row, START, errors);
		LocalDate end = date(row, END, errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.add(line, END, row.get(END), "The end date " + end + " is before the start date " + start);
		}
		String regionText = row.get(REGION);
		String region = null;
		if (!regionText.isBlank()) {
			region = Region.parse(regionText).map(Region::code).orElse(null);
			if (region == null) {
				errors.add(line, REGION, regionText, "Unknown region; expected an English region or Wales, by name or ONS code (E12000001 to E12000009, W92000004)");
			}
		}
		Set<String> former = new TreeSet<>();
		for (String f : list(row.get(FORMER_GSS))) {
			if (!GssCode.isValid(f.toUpperCase(Locale.ROOT))) {
				errors.add(line, FORMER_GSS, f, "A former GSS code is a letter followed by eight digits");
			}
			former.add(f.toUpperCase(Locale.ROOT));
		}
		Set<String> successors = new TreeSet<>();
		list(row.get(REPLACED_BY)).forEach(s -> successors.add(s.toUpperCase(Locale.ROOT)));
		Boolean current = switch (row.get(CURRENT).toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			case "" -> end == null || end.isAfter(LocalDate.now(clock));
			default -> {
				errors.add(line, CURRENT, row.get(CURRENT), "current-authority must be True or False");
				yield null;
			}
		};
		Integer population = null;
		if (!row.isBlank(POPULATION)) {
			try {
				population = (int) Math.round(Double.parseDouble(row.get(POPULATION)));
			}
			catch (NumberFormatException ex) {
				errors.add(line, POPULATION, row.get(POPULATION), "pop-2020 must be a number");
			}
		}
		if (errors.list().size() > before) {
			return null;
		}
		String parent = row.isBlank(PARENT) ? null : row.get(PARENT).toUpperCase(Locale.ROOT);
		String ca = row.isBlank(COMBINED_AUTHORITY) ? null : row.get(COMBINED_AUTHORITY).toUpperCase(Locale.ROOT);
		String search = String.join(" ", row.get(NAME), row.get(OFFICIAL_NAME), gss, code, row.get(ALT_NAMES), String.join(" ", former))
			.toLowerCase(Locale.ROOT);
		AreaState state = new AreaState(code, gss, row.get(OFFICIAL_NAME), row.get(NAME), type, region, parent, start, end, current,
				population, former, successors, ca, search);
		return new Parsed(line, state, regionText);
	}

	private Map<String, Parsed> checkAcrossRows(List<Parsed> rows, Map<String, AreaState> existing, RowErrors errors) {
		Map<String, Parsed> byCode = new LinkedHashMap<>();
		Map<String, Integer> gssLines = new HashMap<>();
		Map<String, String> gssOwners = new HashMap<>();
		existing.values().forEach(s -> gssOwners.put(s.gssCode(), s.code()));
		for (Parsed p : rows) {
			AreaState s = p.state();
			Parsed earlier = byCode.putIfAbsent(s.code(), p);
			if (earlier != null) {
				errors.add(p.line(), CODE, s.code(), "Duplicate local-authority-code: " + s.code() + " is also on line " + earlier.line());
			}
			Integer gssLine = gssLines.putIfAbsent(s.gssCode(), p.line());
			if (gssLine != null) {
				errors.add(p.line(), GSS, s.gssCode(), "Duplicate GSS code: " + s.gssCode() + " is also on line " + gssLine);
			}
		}
		Set<String> codesInFile = byCode.keySet();
		for (Parsed p : byCode.values()) {
			AreaState s = p.state();
			String owner = gssOwners.get(s.gssCode());
			if (owner != null && !owner.equals(s.code()) && !codesInFile.contains(owner)) {
				errors.add(p.line(), GSS, s.gssCode(), "The GSS code " + s.gssCode() + " already belongs to the authority " + owner);
			}
			if (s.parentCode() != null && !known(s.parentCode(), byCode, existing)) {
				errors.add(p.line(), PARENT, s.parentCode(), "Parent authority " + s.parentCode() + " not found in the file or the register");
			}
			for (String successor : s.successorCodes()) {
				if (!known(successor, byCode, existing)) {
					errors.add(p.line(), REPLACED_BY, successor, "Successor authority " + successor + " not found in the file or the register");
				}
			}
			if (s.combinedAuthority() != null) {
				AreaType caType = byCode.containsKey(s.combinedAuthority()) ? byCode.get(s.combinedAuthority()).state().type()
						: existing.containsKey(s.combinedAuthority()) ? existing.get(s.combinedAuthority()).type() : null;
				if (caType == null) {
					errors.add(p.line(), COMBINED_AUTHORITY, s.combinedAuthority(), "Combined authority " + s.combinedAuthority() + " not found in the file or the register");
				}
				else if (caType != AreaType.COMBINED_AUTHORITY && caType != AreaType.GREATER_LONDON_AUTHORITY) {
					errors.add(p.line(), COMBINED_AUTHORITY, s.combinedAuthority(), s.combinedAuthority() + " is not a combined authority or the Greater London Authority");
				}
			}
			for (String former : s.formerGssCodes()) {
				String formerOwner = gssOwners.get(former);
				if (gssLines.containsKey(former) || (formerOwner != null && !formerOwner.equals(s.code()))) {
					errors.add(p.line(), FORMER_GSS, former, "The former code " + former + " is the current code of another authority");
				}
			}
		}
		return byCode;
	}

	/** A missing region is taken from the parent county, or else from a successor. */
	private static Map<String, String> deriveRegions(Map<String, Parsed> rows, Map<String, AreaState> existing, RowErrors errors) {
		Map<String, String> regions = new HashMap<>();
		existing.values().forEach(s -> regions.put(s.code(), s.region()));
		rows.values().forEach(p -> regions.put(p.state().code(), p.state().region()));
		boolean progress = true;
		while (progress) {
			progress = false;
			for (Parsed p : rows.values()) {
				AreaState s = p.state();
				if (regions.get(s.code()) != null) {
					continue;
				}
				String derived = s.parentCode() == null ? null : regions.get(s.parentCode());
				if (derived == null) {
					derived = s.successorCodes().stream().map(regions::get).filter(Objects::nonNull).findFirst().orElse(null);
				}
				if (derived != null) {
					regions.put(s.code(), derived);
					progress = true;
				}
			}
		}
		for (Parsed p : rows.values()) {
			if (regions.get(p.state().code()) == null) {
				errors.add(p.line(), REGION, p.regionText(), "No region given, and none can be taken from a parent county or successor");
			}
		}
		return regions;
	}

	private void write(List<AreaState> states) {
		for (AreaState s : states) {
			jdbc.sql("""
					insert into area (code, gss_code, official_name, name, type, region, parent_code, start_date, end_date, current,
					                  population_2020, search_text)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (code) do update set gss_code = excluded.gss_code, official_name = excluded.official_name,
					    name = excluded.name, type = excluded.type, region = excluded.region, parent_code = excluded.parent_code,
					    start_date = excluded.start_date, end_date = excluded.end_date, current = excluded.current,
					    population_2020 = excluded.population_2020, search_text = excluded.search_text""")
				.params(s.code(), s.gssCode(), s.officialName(), s.name(), s.type().name(), s.region(), s.parentCode(), s.startDate(),
						s.endDate(), s.current(), s.population2020(), s.searchText())
				.update();
		}
		for (AreaState s : states) {
			jdbc.sql("delete from area_former_code where area_code = ?").param(s.code()).update();
			for (String former : s.formerGssCodes()) {
				jdbc.sql("insert into area_former_code (gss_code, area_code) values (?, ?) on conflict (gss_code) do update set area_code = excluded.area_code")
					.params(former, s.code())
					.update();
			}
			jdbc.sql("delete from area_succession where predecessor_code = ?").param(s.code()).update();
			for (String successor : s.successorCodes()) {
				jdbc.sql("insert into area_succession (predecessor_code, successor_code) values (?, ?)").params(s.code(), successor).update();
			}
			jdbc.sql("delete from area_group_member where area_code = ? and group_id in (select id from area_group where kind = 'COMBINED_AUTHORITY')")
				.param(s.code())
				.update();
			if (s.combinedAuthority() != null) {
				String groupId = ensureCombinedAuthorityGroup(s.combinedAuthority());
				jdbc.sql("insert into area_group_member (group_id, area_code) values (?, ?)").params(groupId, s.code()).update();
			}
		}
	}

	private String ensureCombinedAuthorityGroup(String caCode) {
		return jdbc.sql("select id from area_group where kind = 'COMBINED_AUTHORITY' and area_code = ?")
			.param(caCode)
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				String name = jdbc.sql("select name from area where code = ?").param(caCode).query(String.class).single();
				String id = "ca-" + Slugs.of(name);
				jdbc.sql("""
						insert into area_group (id, name, kind, description, area_code, source, created_by)
						values (?, ?, 'COMBINED_AUTHORITY', ?, ?, 'Register import (combined-authority column)', ?)""")
					.params(id, name + " combined authority", "The constituent councils of " + name, caCode, AuditLog.currentActor())
					.update();
				return id;
			});
	}

	private Map<String, AreaState> existingStates() {
		Map<String, AreaState> states = new HashMap<>();
		jdbc.sql("""
				select a.code, a.gss_code, a.official_name, a.name, a.type, a.region, a.parent_code, a.start_date, a.end_date,
				       a.current, a.population_2020, a.search_text,
				       array(select gss_code from area_former_code f where f.area_code = a.code) as former,
				       array(select successor_code from area_succession s where s.predecessor_code = a.code) as successors,
				       (select g.area_code from area_group_member m join area_group g on g.id = m.group_id
				        where m.area_code = a.code and g.kind = 'COMBINED_AUTHORITY' limit 1) as ca
				from area a""").query((rs, i) -> {
			java.sql.Date start = rs.getDate("start_date");
			java.sql.Date end = rs.getDate("end_date");
			return new AreaState(rs.getString("code"), rs.getString("gss_code"), rs.getString("official_name"), rs.getString("name"),
					AreaType.valueOf(rs.getString("type")), rs.getString("region"), rs.getString("parent_code"),
					start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(), rs.getBoolean("current"),
					rs.getObject("population_2020", Integer.class), new TreeSet<>(Arrays.asList((String[]) rs.getArray("former").getArray())),
					new TreeSet<>(Arrays.asList((String[]) rs.getArray("successors").getArray())), rs.getString("ca"),
					rs.getString("search_text"));
		}).list().forEach(s -> states.put(s.code(), s));
		return states;
	}

	private static boolean known(String code, Map<String, Parsed> rows, Map<String, AreaState> existing) {
		return rows.containsKey(code) || existing.containsKey(code);
	}

	private static AreaState withRegion(AreaState s, String region) {
		return new AreaState(s.code(), s.gssCode(), s.officialName(), s.name(), s.type(), region, s.parentCode(), s.startDate(),
				s.endDate(), s.current(), s.population2020(), s.formerGssCodes(), s.successorCodes(), s.combinedAuthority(), s.searchText());
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

	private static List<String> list(String text) {
		Set<String> values = new LinkedHashSet<>();
		for (String part : text.split(",")) {
			if (!part.isBlank()) {
				values.add(part.trim());
			}
		}
		return new ArrayList<>(values);
	}
}
