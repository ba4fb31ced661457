package org.stocktake.leadership;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.stocktake.support.Http;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What leadership tests need, made through the API with names unique to each instance: fictitious
 * test people in the directory (marked so; never real councillors), events and programmes.
 */
final class Fixtures {

	static final String PEOPLE_HEADER = "person_ref,name,person_type,authority_gss_code,political_group,email,phone,fictitious,role,role_title,region,start_date,end_date";

	final Http officer;
	final String prefix = "ld" + UUID.randomUUID().toString().substring(0, 8);

	Fixtures(Http officer) {
		this.officer = officer;
	}

	/** Councillors of {@code authority} in {@code party}, each with an email at example.org; answers their refs. */
	List<String> councillors(int count, String authority, String party) {
		StringBuilder csv = new StringBuilder(PEOPLE_HEADER).append('\n');
		List<String> refs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String ref = prefix + "-" + party.toLowerCase() + "-" + i;
			refs.add(ref);
			csv.append(ref).append(",Cllr Test ").append(ref).append(",COUNCILLOR,").append(authority).append(',').append(party).append(',')
				.append(ref).append("@example.org,,true,,,,,\n");
		}
		people(csv.toString());
		return refs;
	}

	void people(String csv) {
		HttpResponse<String> imported = officer.postCsv("/api/v1/people/import", csv);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
	}

	/** A programme of its own, so that what a test counts is only its own. */
	String programme() {
		String code = ("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)).toUpperCase();
		HttpResponse<String> created = officer.postJson("/api/v1/leadership/programmes",
				"{\"code\": \"%s\", \"name\": \"Test programme %s\"}".formatted(code, code));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return code;
	}

	JsonNode event(String programme, String title, Integer capacity, String eligibleParty, LocalDate... modules) {
		StringBuilder dates = new StringBuilder();
		for (LocalDate d : modules) {
			dates.append(dates.length() == 0 ? "" : ", ").append('"').append(d).append('"');
		}
		HttpResponse<String> created = officer.postJson("/api/v1/leadership/events", """
				{"programme": "%s", "title": "%s %s", "startsOn": "%s", "venue": "Local Government House", "capacity": %s,
				 "eligibleParty": %s, "modules": [%s]}""".formatted(programme, title, prefix, modules[0], capacity,
				eligibleParty == null ? "null" : '"' + eligibleParty + '"', dates));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return CrossTabulationTests.json(created);
	}

	JsonNode book(long eventId, String personRef) {
		HttpResponse<String> booked = officer.postJson("/api/v1/leadership/events/" + eventId + "/bookings",
				"{\"person\": \"%s\", \"gender\": \"prefer not to say\"}".formatted(personRef));
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		return CrossTabulationTests.json(booked);
	}
}
