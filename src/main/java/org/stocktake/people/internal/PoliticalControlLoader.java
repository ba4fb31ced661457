package org.stocktake.people.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.people.Party;
import org.stocktake.people.PoliticalControl;
import org.stocktake.platform.audit.AuditAction;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Reads Open Council Data UK's council history (2016–2026) and matches each council to the register.
 * Control is derived from the seats, as the source's notes advise, for a consistent series; its own
 * label is kept only from 2025, where it names who runs the council. Councils are matched through
 * Open Council Data's council id, which the register's source file records for each authority, and
 * otherwise through the GSS code the 2026 rows carry; Scottish and Northern Irish councils are
 * outside Stocktake's scope; anything else that cannot be matched is counted and reported.
 */
@Component
public class PoliticalControlLoader {

	public static final String FILE = "demo/people/opencouncildata_history2016-26.csv";
	static final String REGISTER_FILE = "demo/register/uk_local_authorities_current.csv";
	public static final String SOURCE = "Open Council Data UK, history2016-26.csv (CC BY-SA 4.0)";

	/** The seat columns of the file and the party each counts. */
	static final Map<String, Party> SEAT_COLUMNS = seatColumns();

	private final Register register;
	private final PoliticalControlRepository repository;
	private final AuditLog audit;

	PoliticalControlLoader(Register register, PoliticalControlRepository repository, AuditLog audit) {
		this.register = register;
		this.repository = repository;
		this.audit = audit;
	}

	/** What reading the file found: the rows to load, and those that could not be matched. */
	public record Plan(List<PoliticalControlRepository.Row> rows, int outsideScope, List<String> unmatched, List<String> duplicates) {
	}

	/** The report of a load, as the log gives it. */
	public record Report(int rowsLoaded, int authorities, int outsideScope, List<String> unmatched, List<String> duplicates) {
	}

	@Transactional
	public Report loadIfEmpty() {
		if (repository.count() > 0) {
			return new Report(0, 0, 0, List.of(), List.of());
		}
		Plan plan = plan(read(FILE));
		repository.insert(plan.rows());
		Map<String, List<Map<String, Object>>> byAuthority = new LinkedHashMap<>();
		for (PoliticalControlRepository.Row r : plan.rows()) {
			byAuthority.computeIfAbsent(r.gssCode(), k -> new ArrayList<>()).add(Map.of("year", r.year(), "control", r.control(),
					"totalSeats", r.totalSeats()));
		}
		List<AuditLog.Change> changes = new ArrayList<>();
		byAuthority.forEach((gss, years) -> changes.add(new AuditLog.Change(AuditAction.CREATE, "political-control", gss,
				"Political control of " + gss + " loaded for " + years.size() + " years from " + SOURCE, null, years)));
		audit.record(changes);
		return new Report(plan.rows().size(), byAuthority.size(), plan.outsideScope(), plan.unmatched(), plan.duplicates());
	}

	/** Matches every row of {@code file} to the register without writing anything. */
	public Plan plan(byte[] file) {
		CsvFile csv = CsvFile.parse(file, Set.of("council id", "authority", "year", "total", "majority"));
		Map<String, String> gssIn2026 = new HashMap<>();
		String codeColumn = csv.header().get(csv.header().size() - 1);
		for (CsvFile.Row row : csv.rows()) {
			if (row.get("year").equals("2026") && !row.isBlank(codeColumn)) {
				gssIn2026.put(row.get("council id"), row.get(codeColumn).toUpperCase(Locale.ROOT));
			}
		}
		Map<String, RegisterEntry> byCouncilId = registerEntries();
		Map<String, Optional<Area>> matched = new HashMap<>();
		List<PoliticalControlRepository.Row> rows = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		int outside = 0;
		Set<String> unmatched = new TreeSet<>();
		List<String> duplicates = new ArrayList<>();
		int unmatchedRows = 0;
		for (CsvFile.Row row : csv.rows()) {
			String councilId = row.get("council id");
			RegisterEntry entry = byCouncilId.get(councilId);
			if (entry != null && entry.outOfScope()) {
				outside++;
				continue;
			}
			String gss2026 = gssIn2026.get(councilId);
			if (gss2026 != null && (gss2026.startsWith("S") || gss2026.startsWith("N"))) {
				outside++;
				continue;
			}
			Optional<Area> area = matched.computeIfAbsent(councilId, id -> {
				Optional<Area> byId = entry == null ? Optional.empty() : register.byCode(entry.code());
				return byId.isPresent() ? byId : Optional.ofNullable(gss2026).flatMap(register::find);
			});
			int year = Integer.parseInt(row.get("year"));
			if (area.isEmpty()) {
				unmatchedRows++;
				unmatched.add(row.get("authority") + " (council id " + councilId + (gss2026 == null ? "" : ", " + gss2026) + ")");
				continue;
			}
			if (!seen.add(area.get().code() + "/" + year)) {
				duplicates.add(row.get("authority") + " " + year + " (line " + row.line() + ")");
				continue;
			}
			Map<Party, Integer> seats = new EnumMap<>(Party.class);
			SEAT_COLUMNS.forEach((column, party) -> seats.merge(party, Integer.parseInt(row.get(column)), Integer::sum));
			int total = Integer.parseInt(row.get("total"));
			String label = row.get("majority");
			String administration = year >= 2025 && !label.isBlank() && !label.equalsIgnoreCase("NULL") ? label : null;
			rows.add(new PoliticalControlRepository.Row(area.get().code(), area.get().gssCode(), year, PoliticalControl.derive(seats, total),
					total, administration, seats, SOURCE));
		}
		List<String> unmatchedReport = new ArrayList<>(unmatched);
		if (unmatchedRows > 0) {
			unmatchedReport.add(0, unmatchedRows + " rows");
		}
		return new Plan(rows, outside, unmatchedReport, duplicates);
	}

	private record RegisterEntry(String code, boolean outOfScope) {
	}

	/** Open Council Data's council ids as the register's source file records them. */
	private static Map<String, RegisterEntry> registerEntries() {
		Map<String, RegisterEntry> entries = new HashMap<>();
		ClassPathResource resource = new ClassPathResource(REGISTER_FILE);
		if (!resource.exists()) {
			return entries;
		}
		CsvFile csv = CsvFile.parse(read(REGISTER_FILE), Set.of("local-authority-code", "open-council-data-id", "local-authority-type"));
		for (CsvFile.Row row : csv.rows()) {
			String id = row.get("open-council-data-id");
			if (id.isBlank()) {
				continue;
			}
			String councilId = id.endsWith(".0") ? id.substring(0, id.length() - 2) : id;
			String type = row.get("local-authority-type").toUpperCase(Locale.ROOT);
			entries.put(councilId, new RegisterEntry(row.get("local-authority-code").toUpperCase(Locale.ROOT),
					type.equals("SCO") || type.equals("NID")));
		}
		return entries;
	}

	private static Map<String, Party> seatColumns() {
		Map<String, Party> columns = new LinkedHashMap<>();
		columns.put("con", Party.CONSERVATIVE);
		columns.put("lab", Party.LABOUR);
		columns.put("ld", Party.LIBERAL_DEMOCRAT);
		columns.put("green", Party.GREEN);
		columns.put("ukip", Party.UKIP);
		columns.put("ref", Party.REFORM_UK);
		columns.put("pc", Party.PLAID_CYMRU);
		columns.put("snp", Party.SNP);
		columns.put("other", Party.OTHER);
		return columns;
	}

	static byte[] read(String resource) {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Demonstration data " + resource + " is missing", ex);
		}
	}
}
