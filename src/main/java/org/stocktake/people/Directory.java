package org.stocktake.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.stocktake.people.internal.PersonRepository;
import org.stocktake.people.internal.PoliticalControlRepository;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Area;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/**
 * What other modules ask of the directory of people: find people and their roles, the association's
 * adviser for a region, and who controls a council. Methods taking no {@link Visibility} return
 * everything, contact details included; callers showing people to a reader apply its visibility.
 */
@Service
public class Directory {

	private final PersonRepository people;
	private final PoliticalControlRepository control;
	private final Register register;
	private final Clock clock;

	Directory(PersonRepository people, PoliticalControlRepository control, Register register, Clock clock) {
		this.people = people;
		this.control = control;
		this.register = register;
		this.clock = clock;
	}

	public Optional<Person> find(long id) {
		return people.find(id);
	}

	public Optional<Person> findByRef(String ref) {
		return people.findByRef(ref);
	}

	/** People matching {@code search}, limited to those its visibility allows, contact details removed where it says so. */
	public Paged<Person> search(PersonSearch search, PageRequest page) {
		String areaCode = null;
		if (search.authorityGss() != null) {
			Optional<Area> area = register.find(search.authorityGss());
			if (area.isEmpty()) {
				throw new BadRequestException("authority", search.authorityGss(), "There is no authority with the GSS code " + search.authorityGss());
			}
			areaCode = area.get().code();
		}
		Visibility visibility = normalised(search.visibility());
		String ownAreaCode = visibility.ownAuthorityGss() == null ? null
				: register.find(visibility.ownAuthorityGss()).map(Area::code).orElse(null);
		Paged<Person> found = people.search(search, areaCode, ownAreaCode, page, today());
		return found.map(visibility::apply);
	}

	/** The person as {@code visibility} lets its reader see them; empty when there is no such person or they may not. */
	public Optional<Person> find(long id, Visibility visibility) {
		Visibility v = normalised(visibility);
		return people.find(id).map(v::apply);
	}

	/** Whether the reader may see the person's contact details. */
	public boolean canSeeContact(Person person, Visibility visibility) {
		return normalised(visibility).canSeeContact(person);
	}

	/** A council reader's authority by its current GSS code, so a former code still finds its own people. */
	private Visibility normalised(Visibility visibility) {
		if (visibility.all() || visibility.ownAuthorityGss() == null) {
			return visibility;
		}
		return register.find(visibility.ownAuthorityGss()).map(a -> Visibility.publicAnd(a.gssCode())).orElse(Visibility.publicOnly());
	}

	/** The people currently holding {@code role} at the authority, everything included. */
	public List<Person> holding(RoleType role, String authorityGss) {
		return search(new PersonSearch(null, authorityGss, role, null, null, null, Visibility.everything()),
				new PageRequest(0, PageRequest.MAX_SIZE)).items();
	}

	/** The association's officers currently responsible for {@code region}. */
	public List<Person> responsibleFor(Region region) {
		return search(new PersonSearch(null, null, null, null, PersonType.ASSOCIATION_OFFICER, region, Visibility.everything()),
				new PageRequest(0, PageRequest.MAX_SIZE)).items();
	}

	/** Political control of the authority by year, oldest first; empty when the source has none for it. */
	public List<PoliticalControl> politicalControl(String gssCode) {
		return register.find(gssCode).map(a -> control.forArea(a.code())).orElse(List.of());
	}

	/** Political control in {@code year} (after that year's May elections). */
	public Optional<PoliticalControl> politicalControl(String gssCode, int year) {
		return politicalControl(gssCode).stream().filter(c -> c.year() == year).findFirst();
	}

	/** Political control of every council the source covers in {@code year}, by GSS code. */
	public List<PoliticalControl> politicalControlIn(int year) {
		return control.inYear(year);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}
}
