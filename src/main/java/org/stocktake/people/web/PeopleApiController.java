package org.stocktake.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.people.Directory;
import org.stocktake.people.Person;
import org.stocktake.people.Visibility;
import org.stocktake.people.internal.PersonImport;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

@RestController
@Tag(name = "People", description = "The directory of councillors and officers, their roles, and political control of councils")
class PeopleApiController {

	private final Directory directory;
	private final PersonImport personImport;
	private final Register register;

	PeopleApiController(Directory directory, PersonImport personImport, Register register) {
		this.directory = directory;
		this.personImport = personImport;
		this.register = register;
	}

	@GetMapping("/api/v1/people")
	@Operation(summary = "List people", description = "Filter by q (name), authority (GSS code), role and region (roles held today), party, type. "
			+ "Paginated. Without a sign-in only councillors' public roles are listed; officers and admins see everyone with contact "
			+ "details; a council's user also sees its own authority's people with theirs.")
	Paged<PersonJson> people(@Parameter(description = "Part of a name") @RequestParam(required = false) String q,
			@Parameter(description = "GSS code of the authority, e.g. E08000007") @RequestParam(required = false) String authority,
			@Parameter(description = "Role held today, e.g. LEADER, CHIEF_EXECUTIVE, PRINCIPAL_ADVISER") @RequestParam(required = false) String role,
			@Parameter(description = "Political group, e.g. LABOUR or Lab") @RequestParam(required = false) String party,
			@Parameter(description = "COUNCILLOR, OFFICER or ASSOCIATION_OFFICER") @RequestParam(required = false) String type,
			@Parameter(description = "ONS region code of a role held today, e.g. E12000002") @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Authentication auth) {
		PeopleFilters filters = new PeopleFilters(q, authority, role, party, type, region);
		return directory.search(filters.toSearch(Readers.visibility(auth)), PageRequest.of(page, size))
			.map(p -> PersonJson.of(p, directory.today()));
	}

	@GetMapping("/api/v1/people/{id}")
	@Operation(summary = "One person", description = "404 when there is no such person or the reader may not see them.")
	PersonJson person(@PathVariable long id, Authentication auth) {
		return PersonJson.of(visible(directory, id, Readers.visibility(auth)), directory.today());
	}

	@GetMapping("/api/v1/areas/{gssCode}/political-control")
	@Operation(summary = "Political control of an authority by year, with seats by party",
			description = "Derived from seats: a party holding more than half the seats controls the council, otherwise NO_OVERALL_CONTROL. "
					+ "administration is who runs the council where the source says so (2025 on). Source: Open Council Data UK, CC BY-SA 4.0.")
	PoliticalControlJson politicalControl(@PathVariable String gssCode) {
		Area area = register.get(gssCode);
		return PoliticalControlJson.of(area, directory.politicalControl(area.gssCode()));
	}

	@PostMapping(path = "/api/v1/people/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import people from CSV (officers)", description = "Header: person_ref,name,person_type,authority_gss_code,"
			+ "political_group,email,phone,fictitious,role,role_title,region,start_date,end_date — one row per role. A person in the file gets "
			+ "exactly the file's roles. Any bad row answers 422 listing every problem and writes nothing; dryRun=true only validates.")
	ImportResult importPeople(@RequestBody(required = false) byte[] csv, @RequestParam(defaultValue = "false") boolean dryRun) {
		return personImport.run(csv == null ? new byte[0] : csv, dryRun);
	}

	static Person visible(Directory directory, long id, Visibility visibility) {
		return directory.find(id, visibility).orElseThrow(() -> new NotFoundException("There is no person " + id));
	}
}
