package org.stocktake.leadership.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.leadership.AgeRange;
import org.stocktake.leadership.Booking;
import org.stocktake.leadership.BookingStatus;
import org.stocktake.leadership.Ethnicity;
import org.stocktake.leadership.Gender;
import org.stocktake.leadership.LeadershipEvent;
import org.stocktake.leadership.RecordedPlace;
import org.stocktake.leadership.internal.LeadershipRepository.BookingRecord;
import org.stocktake.people.Directory;
import org.stocktake.people.Party;
import org.stocktake.people.Person;
import org.stocktake.platform.audit.AuditAction;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.register.Area;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/**
 * Bookings from a file, all or nothing. A row naming a person (by the directory's ref) is that
 * person's booking on the event, updated by a later file. A row without a person is an anonymous
 * record ("not named"): it is known by what it says and by how many identical rows come before it in
 * the file, so re-importing the same file changes nothing. Region and council type are kept as the
 * file records them; when blank they are taken from the authority as the register has it today.
 * Capacity is not applied: a file records bookings that were made.
 */
@Component
public class BookingImport {

	public static final List<String> HEADER = List.of("programme", "event", "person", "authority", "party", "region", "council_type", "gender",
			"age_range", "ethnicity", "status");

	private final LeadershipRepository repository;
	private final Directory directory;
	private final Register register;
	private final AuditLog audit;

	BookingImport(LeadershipRepository repository, Directory directory, Register register, AuditLog audit) {
		this.repository = repository;
		this.directory = directory;
		this.register = register;
		this.audit = audit;
	}

	private record Parsed(int line, LeadershipEvent event, Person person, BookingRecord record) {
	}

	@Transactional
	public ImportResult run(byte[] content, boolean dryRun) {
		CsvFile file = CsvFile.parse(content, new LinkedHashSet<>(HEADER));
		RowErrors errors = new RowErrors();
		Map<String, Optional<LeadershipEvent>> events = new HashMap<>();
		Map<String, Optional<Area>> areas = new HashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		Set<String> namedSeen = new java.util.HashSet<>();
		List<Parsed> rows = new ArrayList<>();
		String actor = AuditLog.currentActor();
		for (CsvFile.Row row : file.rows()) {
			int line = row.line();
			int before = errors.count();
			String programme = row.get("programme").toUpperCase(java.util.Locale.ROOT);
			LeadershipEvent event = null;
			if (programme.isBlank()) {
				errors.add(line, "programme", "", "Give the programme's code, such as LA, LE, FOL, LEAD, NXG or LEDGE");
			}
			else if (row.isBlank("event")) {
				errors.add(line, "event", "", "Give the event's title as it is set up in Stocktake");
			}
			else {
				event = events.computeIfAbsent(programme + "\u0000" + row.get("event").toLowerCase(java.util.Locale.ROOT),
						k -> repository.event(programme, row.get("event"))).orElse(null);
				if (event == null) {
					boolean programmeKnown = repository.programmes().stream().anyMatch(p -> p.code().equals(programme));
					if (!programmeKnown) {
						errors.add(line, "programme", row.get("programme"), "There is no programme with the code " + row.get("programme"));
					}
					else {
						errors.add(line, "event", row.get("event"), "The programme " + programme + " has no event called " + row.get("event"));
					}
				}
			}
			Person person = null;
			if (!row.isBlank("person")) {
				person = directory.findByRef(row.get("person")).orElse(null);
				if (person == null) {
					errors.add(line, "person", row.get("person"), "There is no person with this ref in the directory; leave it blank for an anonymous booking");
				}
				else if (event != null && !namedSeen.add(event.id() + ":" + person.id())) {
					errors.add(line, "person", row.get("person"), "This person is booked on the same event by an earlier row");
				}
			}
			Area area = null;
			if (!row.isBlank("authority")) {
				area = areas.computeIfAbsent(row.get("authority").toUpperCase(java.util.Locale.ROOT), register::find).orElse(null);
				if (area == null) {
					errors.add(line, "authority", row.get("authority"), "There is no authority with this GSS code");
				}
			}
			else if (person != null && person.authorityGssCode() != null) {
				area = register.find(person.authorityGssCode()).orElse(null);
			}
			Party party = parse(row, "party", Party::parse, errors, "Use a party such as Conservative, Labour, Liberal Democrat, Independent or Green");
			if (party == null && row.isBlank("party") && person != null) {
				party = person.party();
			}
			Region region = parse(row, "region", RecordedPlace::region, errors, "Use an ONS region code such as E12000007 or a region's name");
			AreaType type = parse(row, "council_type", RecordedPlace::councilType, errors,
					"Use a council type such as COUNTY, NON_METROPOLITAN_DISTRICT (District), UNITARY, METROPOLITAN_DISTRICT, LONDON_BOROUGH, WELSH_UNITARY, FIRE_AND_RESCUE or NATIONAL_PARK");
			Gender gender = parse(row, "gender", Gender::parse, errors, "Use FEMALE, MALE, OTHER or PREFER_NOT_TO_SAY, or leave blank when unknown");
			AgeRange age = parse(row, "age_range", AgeRange::parse, errors,
					"Use UNDER_20, 20-29, 30-39, 40-49, 50-59, 60-69, 70+ or PREFER_NOT_TO_SAY, or leave blank when unknown");
			Ethnicity ethnicity = parse(row, "ethnicity", Ethnicity::parse, errors,
					"Use WHITE, MIXED, ASIAN, BLACK, OTHER or PREFER_NOT_TO_SAY, or leave blank when unknown");
			BookingStatus status = null;
			if (row.isBlank("status")) {
				errors.add(line, "status", "", "Give the status: BOOKED, ATTENDED, CANCELLED or WAITING");
			}
			else {
				status = parse(row, "status", BookingStatus::parse, errors, "Use BOOKED, ATTENDED, CANCELLED or WAITING");
			}
			if (event != null && event.eligibleParty() != null && party != null && party != event.eligibleParty()) {
				errors.add(line, "party", row.get("party"), "The event " + event.title() + " is for the " + event.eligibleParty().name() + " group only");
			}
			if (errors.count() > before || event == null || status == null) {
				continue;
			}
			if (region == null && area != null) {
				region = area.region();
			}
			if (type == null && area != null) {
				type = area.type();
			}
			String key = null;
			if (person == null) {
				String signature = String.join("|", programme, event.title().toLowerCase(java.util.Locale.ROOT), area == null ? "" : area.gssCode(),
						name(party), region == null ? "" : region.code(), name(type), name(gender), name(age), name(ethnicity), status.name());
				int ordinal = seen.merge(event.id() + signature, 1, Integer::sum);
				key = "anon:" + sha256(signature) + ":" + ordinal;
			}
			rows.add(new Parsed(line, event, person, new BookingRecord(event.id(), person == null ? null : person.id(), key,
					area == null ? null : area.gssCode(), area == null ? null : area.name(), party == null ? null : party.name(),
					region == null ? null : region.code(), type == null ? null : type.name(), person == null ? null : person.type().name(),
					orNull(gender), orNull(age), orNull(ethnicity), status, "IMPORT", actor)));
		}
		errors.throwIfAny();
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		List<AuditLog.Change> changes = new ArrayList<>();
		for (Parsed p : rows) {
			BookingRecord r = p.record();
			Optional<Booking> existing = p.person() != null ? repository.bookingOf(r.eventId(), p.person().id())
					: repository.bookingByImportKey(r.eventId(), r.importKey());
			if (existing.isEmpty()) {
				inserted++;
				if (!dryRun) {
					long id = repository.insertBooking(r);
					changes.add(new AuditLog.Change(AuditAction.CREATE, "leadership_booking", Long.toString(id),
							"Booking on " + p.event().title() + " imported", null, r));
				}
			}
			else if (same(existing.get(), r)) {
				unchanged++;
			}
			else {
				updated++;
				if (!dryRun) {
					repository.updateBooking(existing.get().id(), r);
					changes.add(new AuditLog.Change(AuditAction.UPDATE, "leadership_booking", Long.toString(existing.get().id()),
							"Booking on " + p.event().title() + " updated by import", existing.get(), r));
				}
			}
		}
		audit.record(changes);
		return new ImportResult(inserted, updated, unchanged, 0, List.of(), dryRun);
	}

	private static boolean same(Booking b, BookingRecord r) {
		return java.util.Objects.equals(b.authorityGss(), r.authorityGss()) && java.util.Objects.equals(name(b.party()), nz(r.party()))
				&& java.util.Objects.equals(nz(b.region()), nz(r.region()))
				&& java.util.Objects.equals(name(b.councilType()), nz(r.councilType())) && java.util.Objects.equals(name(b.gender()), nz(r.gender()))
				&& java.util.Objects.equals(name(b.ageRange()), nz(r.ageRange())) && java.util.Objects.equals(name(b.ethnicity()), nz(r.ethnicity()))
				&& b.status() == r.status();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static <T> T parse(CsvFile.Row row, String column, java.util.function.Function<String, Optional<T>> parser, RowErrors errors,
			String hint) {
		if (row.isBlank(column)) {
			return null;
		}
		Optional<T> value = parser.apply(row.get(column));
		if (value.isEmpty()) {
			errors.add(row.line(), column, row.get(column), "Not a known value. " + hint);
			return null;
		}
		return value.get();
	}

	private static String name(Enum<?> value) {
		return value == null ? "" : value.name();
	}

	private static String orNull(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String sha256(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
