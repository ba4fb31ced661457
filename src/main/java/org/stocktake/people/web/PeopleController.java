package org.stocktake.people.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.people.Directory;
import org.stocktake.people.Party;
import org.stocktake.people.Person;
import org.stocktake.people.PersonRole;
import org.stocktake.people.PersonType;
import org.stocktake.people.RoleType;
import org.stocktake.people.Visibility;
import org.stocktake.people.internal.PersonImport;
import org.stocktake.platform.web.CsvDownload;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Region;

/** Finding people and a person's page. */
@Controller
class PeopleController {

	private final Directory directory;

	PeopleController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/people")
	String search(PeopleFilters filters, @RequestParam(required = false) Integer page, Authentication auth, Model model) {
		Visibility visibility = Readers.visibility(auth);
		Paged<Person> results = directory.search(filters.toSearch(visibility), PageRequest.of(page, PageRequest.DEFAULT_SIZE));
		model.addAttribute("filters", filters);
		model.addAttribute("results", results);
		model.addAttribute("today", directory.today());
		model.addAttribute("roles", RoleType.values());
		model.addAttribute("parties", Party.values());
		model.addAttribute("types", visibility.all() ? PersonType.values() : new PersonType[] { PersonType.COUNCILLOR });
		model.addAttribute("publicOnly", !visibility.all() && visibility.ownAuthorityGss() == null);
		model.addAttribute("pageUrl", filters.queryString("/people"));
		model.addAttribute("csvUrl", filters.queryString("/people.csv"));
		return "people/people";
	}

	/** The directory in the import's own layout, one row per role, so an export can be edited and imported again. */
	@GetMapping("/people.csv")
	void download(PeopleFilters filters, Authentication auth, HttpServletResponse response) throws IOException {
		Paged<Person> all = directory.search(filters.toSearch(Readers.visibility(auth)), new PageRequest(0, PageRequest.MAX_SIZE));
		CsvDownload.write(response, "people.csv", PersonImport.HEADER, printer -> {
			for (Person p : all.items()) {
				List<PersonRole> roles = p.roles().isEmpty() ? java.util.Collections.singletonList(null) : p.roles();
				for (PersonRole r : roles) {
					printer.printRecord(p.ref(), p.name(), p.type().name(), p.authorityGssCode(), p.party() == null ? null : p.party().name(),
							p.email(), p.phone(), p.fictitious(), r == null ? null : r.type().name(), r == null ? null : r.title(),
							r == null || r.region() == null ? null : r.region().code(), r == null ? null : r.startDate(),
							r == null ? null : r.endDate());
				}
			}
		});
	}

	@GetMapping("/people/{id:[0-9]+}")
	String person(@PathVariable long id, Authentication auth, Model model) {
		Visibility visibility = Readers.visibility(auth);
		Person person = PeopleApiController.visible(directory, id, visibility);
		model.addAttribute("person", person);
		model.addAttribute("contactVisible", directory.canSeeContact(person, visibility));
		model.addAttribute("today", directory.today());
		model.addAttribute("regions", Region.values());
		return "people/person";
	}
}
