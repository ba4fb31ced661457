package org.stocktake.improvement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.stocktake.people.Directory;
import org.stocktake.people.Person;
import org.stocktake.people.PersonType;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/** Reads typed fields (authorities, dates, people, free text), adding a clear error for each one that is wrong. */
@Component
class Fields {

	static final int MAX_TEXT = 4000;

	private final Register register;
	private final Directory directory;

	Fields(Register register, Directory directory) {
		this.register = register;
		this.directory = directory;
	}

	Area area(String text, List<FieldError> errors) {
		if (blank(text)) {
			errors.add(FieldError.field("area", "", "Enter the authority's GSS code, for example E08000016"));
			return null;
		}
		Optional<Area> area = register.find(text.trim());
		if (area.isEmpty()) {
			errors.add(FieldError.field("area", text, "No authority in the register has the GSS code " + text.trim()));
			return null;
		}
		return area.get();
	}

	/** A date as YYYY-MM-DD, or {@code fallback} when blank (an error when the fallback is null). */
	LocalDate date(String field, String text, LocalDate fallback, List<FieldError> errors) {
		if (blank(text)) {
			if (fallback == null) {
				errors.add(FieldError.field(field, "", "Enter the date, as YYYY-MM-DD"));
			}
			return fallback;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(FieldError.field(field, text, "Not a date: write it as YYYY-MM-DD, for example 2024-07-23"));
			return null;
		}
	}

	/** An optional person, by directory id or ref, who must be of one of {@code types}. */
	Long person(String field, String text, PersonType type, List<FieldError> errors) {
		Person person = person(field, text, errors);
		if (person != null && person.type() != type) {
			errors.add(FieldError.field(field, text, person.name() + " is not " + describe(type)));
			return null;
		}
		return person == null ? null : person.id();
	}

	Person person(String field, String text, List<FieldError> errors) {
		if (blank(text)) {
			return null;
		}
		String t = text.trim();
		Optional<Person> found = t.matches("[0-9]{1,18}") ? directory.find(Long.parseLong(t)) : Optional.empty();
		if (found.isEmpty()) {
			found = directory.findByRef(t);
		}
		if (found.isEmpty()) {
			errors.add(FieldError.field(field, text, "No one in the directory has the number or reference " + t));
			return null;
		}
		return found.get();
	}

	void text(String field, String value, List<FieldError> errors) {
		if (value != null && value.length() > MAX_TEXT) {
			errors.add(FieldError.field(field, value.substring(0, 40) + "…", "Write " + MAX_TEXT + " characters or fewer"));
		}
	}

	static String describe(PersonType type) {
		return switch (type) {
			case COUNCILLOR -> "a councillor";
			case OFFICER -> "a council officer";
			case ASSOCIATION_OFFICER -> "one of the association's officers";
		};
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String trimmed(String s) {
		return blank(s) ? null : s.trim();
	}
}
