package org.stocktake.leadership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.leadership.AgeRange;
import org.stocktake.leadership.Booking;
import org.stocktake.leadership.Ethnicity;
import org.stocktake.leadership.Gender;
import org.stocktake.leadership.Leadership;
import org.stocktake.leadership.LeadershipEvent;
import org.stocktake.leadership.NewBooking;
import org.stocktake.leadership.NewEvent;
import org.stocktake.people.Directory;
import org.stocktake.people.Party;
import org.stocktake.people.Person;
import org.stocktake.people.PersonSearch;
import org.stocktake.people.PersonType;
import org.stocktake.people.Visibility;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Pages for programmes and events (public), booking (a council's user books its own councillors; an
 * officer books anyone on their behalf), cancellation and attendance.
 */
@Controller
class LeadershipController {

	private final Leadership leadership;
	private final Directory directory;
	private final Register register;

	LeadershipController(Leadership leadership, Directory directory, Register register) {
		this.leadership = leadership;
		this.directory = directory;
		this.register = register;
	}

	@GetMapping("/leadership")
	String programmes(Model model) {
		Map<String, List<LeadershipEvent>> byProgramme = new LinkedHashMap<>();
		leadership.programmes().forEach(p -> byProgramme.put(p.code(), new ArrayList<>()));
		for (LeadershipEvent e : leadership.events(null, null, null)) {
			byProgramme.computeIfAbsent(e.programmeCode(), k -> new ArrayList<>()).add(e);
		}
		model.addAttribute("programmes", leadership.programmes());
		model.addAttribute("events", byProgramme);
		return "leadership/programmes";
	}

	@GetMapping("/leadership/events/{id}")
	String event(@PathVariable long id, Authentication auth, Model model) {
		LeadershipEvent event = leadership.event(id).orElseThrow(() -> new NotFoundException("There is no such event"));
		model.addAttribute("event", event);
		if (Readers.officer(auth)) {
			model.addAttribute("bookings", leadership.bookings(id));
			model.addAttribute("attendance", leadership.attendance(id));
		}
		else {
			Optional<Area> own = register.ownAuthority(auth);
			own.ifPresent(a -> model.addAttribute("bookings",
					leadership.bookings(id).stream().filter(b -> a.gssCode().equals(b.authorityGss())).toList()));
		}
		return "leadership/event";
	}

	@GetMapping("/leadership/events/{id}/book")
	String bookForm(@PathVariable long id, Authentication auth, Model model) {
		LeadershipEvent event = leadership.event(id).orElseThrow(() -> new NotFoundException("There is no such event"));
		return bookingPage(event, auth, model, Map.of(), List.of());
	}

	@PostMapping("/leadership/events/{id}/book")
	String book(@PathVariable long id, @RequestParam Map<String, String> form, Authentication auth, Model model, RedirectAttributes redirect) {
		LeadershipEvent event = leadership.event(id).orElseThrow(() -> new NotFoundException("There is no such event"));
		List<FieldError> errors = new ArrayList<>();
		Person person = null;
		String ref = form.getOrDefault("person", "").trim();
		if (ref.isEmpty()) {
			errors.add(FieldError.field("person", "", "Choose who is booking a place"));
		}
		else {
			person = directory.findByRef(ref).orElse(null);
			if (person == null) {
				errors.add(FieldError.field("person", ref, "There is no one with this reference in the directory"));
			}
			else if (!Readers.officer(auth)) {
				String own = register.ownAuthority(auth).map(Area::gssCode).orElseThrow(() -> new ForbiddenException("Not your authority"));
				if (!own.equals(person.authorityGssCode()) || person.type() != PersonType.COUNCILLOR) {
					errors.add(FieldError.field("person", ref, "Choose one of your council's councillors"));
				}
			}
		}
		Gender gender = read(form, "gender", Gender::parse, errors);
		AgeRange age = read(form, "ageRange", AgeRange::parse, errors);
		Ethnicity ethnicity = read(form, "ethnicity", Ethnicity::parse, errors);
		if (errors.isEmpty()) {
			try {
				Booking booking = leadership.book(new NewBooking(id, person.id(), null, null, gender, age, ethnicity),
						Readers.officer(auth) ? "OFFICER" : "FORM");
				redirect.addFlashAttribute("booked", booking.status().name());
				return "redirect:/leadership/events/" + id;
			}
			catch (BadRequestException ex) {
				errors.addAll(ex.errors());
			}
		}
		return bookingPage(event, auth, model, form, errors);
	}

	private String bookingPage(LeadershipEvent event, Authentication auth, Model model, Map<String, String> form, List<FieldError> errors) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("officer", Readers.officer(auth));
		Optional<Area> own = register.ownAuthority(auth);
		if (own.isPresent()) {
			model.addAttribute("people", directory.search(new PersonSearch(null, own.get().gssCode(), null, null, PersonType.COUNCILLOR, null,
					Visibility.publicAnd(own.get().gssCode())), new PageRequest(0, PageRequest.MAX_SIZE)).items());
		}
		model.addAttribute("genders", Gender.values());
		model.addAttribute("ages", AgeRange.values());
		model.addAttribute("ethnicities", Ethnicity.values());
		return "leadership/book";
	}

	@PostMapping("/leadership/bookings/{id}/cancel")
	String cancel(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		Booking booking = leadership.booking(id).orElseThrow(() -> new NotFoundException("There is no such booking"));
		if (!Readers.officer(auth)) {
			String own = register.ownAuthority(auth).map(Area::gssCode).orElse(null);
			if (own == null || !own.equals(booking.authorityGss())) {
				throw new ForbiddenException("Only your own authority's bookings can be cancelled");
			}
		}
		leadership.cancel(id).ifPresent(p -> redirect.addFlashAttribute("promoted", true));
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/leadership/events/" + booking.eventId();
	}

	@GetMapping("/leadership/bookings")
	String authorityBookings(@RequestParam(required = false) String authority, Authentication auth, Model model) {
		Optional<Area> area = Readers.officer(auth) ? Optional.ofNullable(authority).filter(a -> !a.isBlank()).flatMap(register::find)
				: register.ownAuthority(auth);
		model.addAttribute("area", area.orElse(null));
		model.addAttribute("bookings", area.map(a -> leadership.bookingsOfAuthority(a.gssCode())).orElse(List.of()));
		return "leadership/bookings";
	}

	@PostMapping("/leadership/events/{id}/attendance")
	String attendance(@PathVariable long id, @RequestParam long module, @RequestParam(name = "present", required = false) Set<Long> present,
			RedirectAttributes redirect) {
		leadership.markAttendance(id, module, present == null ? Set.of() : present);
		redirect.addFlashAttribute("attendanceSaved", true);
		return "redirect:/leadership/events/" + id;
	}

	@GetMapping("/leadership/new-event")
	String newEvent(Model model) {
		return eventForm(model, Map.of(), List.of());
	}

	@PostMapping("/leadership/new-event")
	String addEvent(@RequestParam Map<String, String> form, Model model) {
		List<FieldError> errors = new ArrayList<>();
		LocalDate startsOn = date(form, "startsOn", errors);
		LocalDate endsOn = date(form, "endsOn", errors);
		Integer capacity = null;
		if (!form.getOrDefault("capacity", "").isBlank()) {
			try {
				capacity = Integer.valueOf(form.get("capacity").trim());
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.field("capacity", form.get("capacity"), "Enter the number of places as a whole number"));
			}
		}
		int modules = 1;
		try {
			modules = Math.max(1, Math.min(12, Integer.parseInt(form.getOrDefault("modules", "1").trim())));
		}
		catch (NumberFormatException ex) {
			errors.add(FieldError.field("modules", form.get("modules"), "Enter the number of modules as a whole number"));
		}
		Party party = read(form, "eligibleParty", Party::parse, errors);
		if (errors.isEmpty()) {
			List<LocalDate> dates = new ArrayList<>();
			for (int i = 0; i < modules; i++) {
				dates.add(i == 0 ? startsOn : null);
			}
			try {
				LeadershipEvent event = leadership.addEvent(new NewEvent(form.get("programme"), form.get("title"), form.get("cohort"), startsOn, endsOn,
						form.get("venue"), capacity, form.get("partner"), party, dates));
				return "redirect:/leadership/events/" + event.id();
			}
			catch (BadRequestException ex) {
				errors.addAll(ex.errors());
			}
		}
		return eventForm(model, form, errors);
	}

	private String eventForm(Model model, Map<String, String> form, List<FieldError> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("programmes", leadership.programmes());
		model.addAttribute("parties", Party.values());
		return "leadership/new-event";
	}

	private static LocalDate date(Map<String, String> form, String field, List<FieldError> errors) {
		String text = form.getOrDefault(field, "").trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.add(FieldError.field(field, text, "Enter the date as year-month-day, for example 2026-03-17"));
			return null;
		}
	}

	private static <T> T read(Map<String, String> form, String field, java.util.function.Function<String, Optional<T>> parser, List<FieldError> errors) {
		String text = form.getOrDefault(field, "");
		if (text.isBlank()) {
			return null;
		}
		Optional<T> value = parser.apply(text);
		if (value.isEmpty()) {
			errors.add(FieldError.field(field, text, "Choose one of the options"));
		}
		return value.orElse(null);
	}
}
