package org.stocktake.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.leadership.internal.LeadershipRepository;
import org.stocktake.leadership.internal.LeadershipRepository.BookingRecord;
import org.stocktake.people.Directory;
import org.stocktake.people.Person;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.mail.Mailer;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Programmes, events and bookings: a booking takes a place while there is one and joins the waiting
 * list when the event is full; a cancellation gives its place to the first on the waiting list.
 * What the booking records about the person (authority, region, council type, party) is taken at
 * that moment and kept as recorded.
 */
@Service
public class Leadership {

	private final LeadershipRepository repository;
	private final Directory directory;
	private final Register register;
	private final AuditLog audit;
	private final Mailer mailer;
	private final Clock clock;

	Leadership(LeadershipRepository repository, Directory directory, Register register, AuditLog audit, Mailer mailer, Clock clock) {
		this.repository = repository;
		this.directory = directory;
		this.register = register;
		this.audit = audit;
		this.mailer = mailer;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public List<Programme> programmes() {
		return repository.programmes();
	}

	public Optional<Programme> programme(String code) {
		return code == null ? Optional.empty() : programmes().stream().filter(p -> p.code().equalsIgnoreCase(code.trim())).findFirst();
	}

	@Transactional
	public Programme addProgramme(String code, String name, String description) {
		List<FieldError> errors = new ArrayList<>();
		String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
		if (!c.matches("[A-Z][A-Z0-9_]{0,19}")) {
			errors.add(FieldError.field("code", code, "Enter a code of capital letters and digits, up to 20 characters, such as LDEV"));
		}
		else if (programme(c).isPresent()) {
			errors.add(FieldError.field("code", code, "There is already a programme with the code " + c));
		}
		if (name == null || name.isBlank()) {
			errors.add(FieldError.field("name", name, "Enter the programme's name"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		Programme programme = new Programme(c, name.trim(), description, 100);
		repository.insertProgramme(programme);
		audit.created("leadership_programme", c, "Leadership programme " + c + " added", programme);
		return programme;
	}

	public List<LeadershipEvent> events(String programmeCode, LocalDate from, LocalDate to) {
		return repository.events(programmeCode, from, to);
	}

	public Optional<LeadershipEvent> event(long id) {
		return repository.event(id);
	}

	public Optional<LeadershipEvent> event(String programmeCode, String title) {
		return repository.event(programmeCode, title);
	}

	@Transactional
	public LeadershipEvent addEvent(NewEvent event) {
		List<FieldError> errors = new ArrayList<>();
		if (programme(event.programmeCode()).isEmpty()) {
			errors.add(FieldError.field("programme", event.programmeCode(), "There is no programme with the code " + event.programmeCode()));
		}
		if (event.title() == null || event.title().isBlank()) {
			errors.add(FieldError.field("title", event.title(), "Enter the event's title, such as Leadership Academy 152"));
		}
		else if (programme(event.programmeCode()).isPresent() && repository.event(programme(event.programmeCode()).get().code(), event.title().trim()).isPresent()) {
			errors.add(FieldError.field("title", event.title(), "The programme already has an event with this title"));
		}
		if (event.startsOn() != null && event.endsOn() != null && event.endsOn().isBefore(event.startsOn())) {
			errors.add(FieldError.field("endsOn", event.endsOn().toString(), "The end date must be on or after the start date"));
		}
		if (event.capacity() != null && event.capacity() < 1) {
			errors.add(FieldError.field("capacity", event.capacity().toString(), "Capacity must be at least 1, or left blank for no limit"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		List<LocalDate> modules = event.moduleDates().isEmpty() ? java.util.Collections.singletonList(event.startsOn()) : event.moduleDates();
		NewEvent normalised = new NewEvent(programme(event.programmeCode()).get().code(), event.title().trim(), blankToNull(event.cohort()),
				event.startsOn(), event.endsOn(), blankToNull(event.venue()), event.capacity(), blankToNull(event.partner()), event.eligibleParty(),
				modules);
		long id = repository.insertEvent(normalised, AuditLog.currentActor());
		audit.created("leadership_event", Long.toString(id), "Leadership event " + normalised.title() + " added", normalised);
		return repository.event(id).orElseThrow();
	}

	/**
	 * Books a person from the directory (or an anonymous record when {@code personId} is null) onto an
	 * event: a place while there is one, else the waiting list. A person already booked keeps the one booking.
	 */
	@Transactional
	public Booking book(NewBooking request, String source) {
		repository.lockEvent(request.eventId());
		LeadershipEvent event = repository.event(request.eventId()).orElseThrow(() -> new NotFoundException("There is no such event"));
		Person person = null;
		if (request.personId() != null) {
			person = directory.find(request.personId())
				.orElseThrow(() -> new BadRequestException("person", request.personId().toString(), "There is no such person in the directory"));
			Optional<Booking> existing = repository.bookingOf(event.id(), person.id());
			if (existing.isPresent() && existing.get().status() != BookingStatus.CANCELLED) {
				throw new BadRequestException("person", person.name(), person.name() + " is already booked on this event");
			}
		}
		String authorityGss = request.authorityGss() != null ? request.authorityGss() : person != null ? person.authorityGssCode() : null;
		Area area = null;
		if (authorityGss != null) {
			area = register.find(authorityGss)
				.orElseThrow(() -> new BadRequestException("authority", authorityGss, "There is no authority with the GSS code " + authorityGss));
		}
		org.stocktake.people.Party party = request.party() != null ? request.party() : person != null ? person.party() : null;
		if (event.eligibleParty() != null && party != event.eligibleParty()) {
			throw new BadRequestException("party", party == null ? "" : party.name(),
					"This event is for the " + event.eligibleParty().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + " group only");
		}
		BookingStatus status = event.full() ? BookingStatus.WAITING : BookingStatus.BOOKED;
		BookingRecord record = new BookingRecord(event.id(), person == null ? null : person.id(), null, area == null ? null : area.gssCode(),
				area == null ? null : area.name(), party == null ? null : party.name(), area == null || area.region() == null ? null : area.region().code(),
				area == null || area.type() == null ? null : area.type().name(), person == null ? null : person.type().name(),
				name(request.gender()), name(request.ageRange()), name(request.ethnicity()), status, source, AuditLog.currentActor());
		Optional<Booking> cancelled = person == null ? Optional.empty() : repository.bookingOf(event.id(), person.id());
		long id;
		if (cancelled.isPresent()) {
			id = cancelled.get().id();
			repository.updateBooking(id, record);
		}
		else {
			id = repository.insertBooking(record);
		}
		Booking booking = repository.booking(id).orElseThrow();
		audit.created("leadership_booking", Long.toString(id),
				(status == BookingStatus.WAITING ? "Waiting list for " : "Booked on ") + event.title(), booking);
		return booking;
	}

	/** Cancels a booking; if it held a place, the first on the waiting list takes it and is told by mail. */
	@Transactional
	public Optional<Booking> cancel(long bookingId) {
		Booking booking = repository.booking(bookingId).orElseThrow(() -> new NotFoundException("There is no such booking"));
		repository.lockEvent(booking.eventId());
		if (booking.status() == BookingStatus.CANCELLED) {
			return Optional.empty();
		}
		repository.setStatus(bookingId, BookingStatus.CANCELLED);
		audit.updated("leadership_booking", Long.toString(bookingId), "Booking on " + booking.eventTitle() + " cancelled", booking,
				repository.booking(bookingId).orElseThrow());
		if (!booking.status().counts()) {
			return Optional.empty();
		}
		LeadershipEvent event = repository.event(booking.eventId()).orElseThrow();
		if (event.full()) {
			return Optional.empty();
		}
		Optional<Booking> next = repository.firstWaiting(booking.eventId());
		next.ifPresent(w -> {
			repository.setStatus(w.id(), BookingStatus.BOOKED);
			Booking promoted = repository.booking(w.id()).orElseThrow();
			audit.updated("leadership_booking", Long.toString(w.id()), "Given a place on " + w.eventTitle() + " from the waiting list", w, promoted);
			if (w.personId() != null) {
				directory.find(w.personId()).ifPresent(p -> mailer.send(p.email(), "A place on " + w.eventTitle(),
						"A place has become free on " + w.eventTitle() + " and it is now yours. If you can no longer come, please cancel "
								+ "so that the next person on the waiting list can take it."));
			}
		});
		return next.flatMap(w -> repository.booking(w.id()));
	}

	public Optional<Booking> booking(long id) {
		return repository.booking(id);
	}

	public List<Booking> bookings(long eventId) {
		return repository.bookings(eventId);
	}

	public List<Booking> bookingsOfAuthority(String gss) {
		return repository.bookingsOfAuthority(gss, 500);
	}

	/** Booking id → module id → attended. */
	public Map<Long, Map<Long, Boolean>> attendance(long eventId) {
		return repository.attendance(eventId);
	}

	/**
	 * Marks who came to a module: {@code present} are the bookings that attended; every other booking
	 * holding a place is marked absent. A booking that attended any module becomes ATTENDED.
	 */
	@Transactional
	public void markAttendance(long eventId, long moduleId, java.util.Set<Long> present) {
		LeadershipEvent event = repository.event(eventId).orElseThrow(() -> new NotFoundException("There is no such event"));
		if (event.modules().stream().noneMatch(m -> m.id() == moduleId)) {
			throw new NotFoundException("The event has no such module");
		}
		String actor = AuditLog.currentActor();
		List<AuditLog.Change> changes = new ArrayList<>();
		for (Booking b : repository.bookings(eventId)) {
			if (!b.status().counts()) {
				continue;
			}
			boolean attended = present.contains(b.id());
			repository.markAttendance(b.id(), moduleId, attended, actor);
			if (attended && b.status() == BookingStatus.BOOKED) {
				repository.setStatus(b.id(), BookingStatus.ATTENDED);
			}
			changes.add(new AuditLog.Change(org.stocktake.platform.audit.AuditAction.UPDATE, "leadership_booking", Long.toString(b.id()),
					(attended ? "Attended " : "Absent from ") + "module " + moduleId + " of " + event.title(), b.status(),
					Map.of("module", moduleId, "attended", attended)));
		}
		audit.record(changes);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
