package org.stocktake.leadership.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.leadership.AgeRange;
import org.stocktake.leadership.BoardTables;
import org.stocktake.leadership.Booking;
import org.stocktake.leadership.Completion;
import org.stocktake.leadership.CrossTab;
import org.stocktake.leadership.Distribution;
import org.stocktake.leadership.Ethnicity;
import org.stocktake.leadership.Gender;
import org.stocktake.leadership.Leadership;
import org.stocktake.leadership.LeadershipEvent;
import org.stocktake.leadership.NewBooking;
import org.stocktake.leadership.NewEvent;
import org.stocktake.leadership.Programme;
import org.stocktake.leadership.TargetProgress;
import org.stocktake.leadership.internal.BookingImport;
import org.stocktake.people.Directory;
import org.stocktake.people.Party;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;

@RestController
@Tag(name = "Leadership", description = "Leadership programmes, events, bookings and the board's tables")
class LeadershipApiController {

	private final Leadership leadership;
	private final BoardTables tables;
	private final BookingImport imports;
	private final Directory directory;

	LeadershipApiController(Leadership leadership, BoardTables tables, BookingImport imports, Directory directory) {
		this.leadership = leadership;
		this.tables = tables;
		this.imports = imports;
		this.directory = directory;
	}

	@GetMapping("/api/v1/leadership/programmes")
	@Operation(summary = "The leadership programmes (public)")
	List<Programme> programmes() {
		return leadership.programmes();
	}

	record ProgrammeBody(String code, String name, String description) {
	}

	@PostMapping("/api/v1/leadership/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a newer programme (officers)")
	Programme addProgramme(@RequestBody(required = false) ProgrammeBody body) {
		ProgrammeBody b = body == null ? new ProgrammeBody(null, null, null) : body;
		return leadership.addProgramme(b.code(), b.name(), b.description());
	}

	@GetMapping("/api/v1/leadership/events")
	@Operation(summary = "Events of the programmes with their modules and places left (public)",
			description = "Filters: programme (code), from and to (the event's start date, ISO 8601).")
	List<LeadershipEvent> events(@RequestParam(required = false) String programme,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return leadership.events(programme == null ? null : programme.toUpperCase(java.util.Locale.ROOT), from, to);
	}

	record EventBody(String programme, String title, String cohort, LocalDate startsOn, LocalDate endsOn, String venue, Integer capacity,
			String partner, String eligibleParty, List<LocalDate> modules) {
	}

	@PostMapping("/api/v1/leadership/events")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set up an event with its modules' dates (officers)")
	LeadershipEvent addEvent(@RequestBody(required = false) EventBody body) {
		if (body == null) {
			throw new BadRequestException("programme", null, "Give the event's programme, title and dates");
		}
		Party party = null;
		if (body.eligibleParty() != null && !body.eligibleParty().isBlank()) {
			party = Party.parse(body.eligibleParty())
				.orElseThrow(() -> new BadRequestException("eligibleParty", body.eligibleParty(), "Not a known political group"));
		}
		return leadership.addEvent(new NewEvent(body.programme(), body.title(), body.cohort(), body.startsOn(), body.endsOn(), body.venue(),
				body.capacity(), body.partner(), party, body.modules()));
	}

	@GetMapping("/api/v1/leadership/events/{id}/bookings")
	@Operation(summary = "An event's bookings, places first, then the waiting list in order (officers)")
	List<Booking> bookings(@PathVariable long id) {
		leadership.event(id).orElseThrow(() -> new NotFoundException("There is no such event"));
		return leadership.bookings(id);
	}

	record BookingBody(String person, String authority, String party, String gender, String ageRange, String ethnicity) {
	}

	@PostMapping("/api/v1/leadership/events/{id}/bookings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book a person from the directory (by ref), or an anonymous record, onto an event (officers)",
			description = "The answer's status is WAITING when the event is full.")
	Booking book(@PathVariable long id, @RequestBody(required = false) BookingBody body) {
		leadership.event(id).orElseThrow(() -> new NotFoundException("There is no such event"));
		BookingBody b = body == null ? new BookingBody(null, null, null, null, null, null) : body;
		Long personId = null;
		if (b.person() != null && !b.person().isBlank()) {
			personId = directory.findByRef(b.person())
				.orElseThrow(() -> new BadRequestException("person", b.person(), "There is no person with this ref in the directory"))
				.id();
		}
		return leadership.book(new NewBooking(id, personId, blank(b.authority()), choice("party", b.party(), Party.parse(b.party())),
				choice("gender", b.gender(), Gender.parse(b.gender())), choice("ageRange", b.ageRange(), AgeRange.parse(b.ageRange())),
				choice("ethnicity", b.ethnicity(), Ethnicity.parse(b.ethnicity()))), "OFFICER");
	}

	@PostMapping("/api/v1/leadership/bookings/{id}/cancel")
	@Operation(summary = "Cancel a booking; the answer is the booking given its place from the waiting list, if any (officers)")
	java.util.Map<String, Object> cancel(@PathVariable long id) {
		var promoted = leadership.cancel(id);
		return promoted.<java.util.Map<String, Object>>map(p -> java.util.Map.of("cancelled", id, "promoted", p))
			.orElseGet(() -> java.util.Map.of("cancelled", id));
	}

	@PostMapping(path = "/api/v1/leadership/bookings/import")
	@Operation(summary = "Import bookings from CSV, all or nothing (officers)", description = "Header: "
			+ "programme,event,person,authority,party,region,council_type,gender,age_range,ethnicity,status. A blank person is an anonymous "
			+ "booking record. ?dryRun=true validates only.")
	ImportResult importBookings(@RequestBody(required = false) byte[] body, @RequestParam(defaultValue = "false") boolean dryRun) {
		return imports.run(body == null ? new byte[0] : body, dryRun);
	}

	@GetMapping("/api/v1/leadership/crosstabs")
	@Operation(summary = "Bookings by programme × party, region, council type or gender, with totals (officers)",
			description = "by=party|region|council_type|gender; from and to bound the events' start dates.")
	CrossTab crossTab(@RequestParam(required = false) String by, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return tables.crossTab(by, from, to);
	}

	@GetMapping("/api/v1/leadership/distributions")
	@Operation(summary = "The age or ethnicity profile of bookings as percentages, unknowns shown (officers)", description = "by=age_range|ethnicity")
	Distribution distribution(@RequestParam(required = false) String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return tables.distribution(by, from, to);
	}

	@GetMapping("/api/v1/leadership/completion")
	@Operation(summary = "Attendance and completion per event (officers)")
	List<Completion> completion(@RequestParam(required = false) String programme,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return tables.completion(from, to, programme == null ? null : programme.toUpperCase(java.util.Locale.ROOT));
	}

	@GetMapping("/api/v1/leadership/progress")
	@Operation(summary = "Progress against the financial year's targets (officers)", description = "year=2015/16; default the current year")
	List<TargetProgress> progress(@RequestParam(required = false) String year) {
		return tables.progress(year == null ? BoardTables.financialYearOf(leadership.today()) : year);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static <T> T choice(String field, String text, java.util.Optional<T> parsed) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return parsed.orElseThrow(() -> new BadRequestException(field, text, "Not a known value"));
	}
}
