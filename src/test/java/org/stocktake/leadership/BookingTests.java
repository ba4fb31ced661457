package org.stocktake.leadership;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestMailServer;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.leadership.CrossTabulationTests.json;

@StocktakeTest
@DisplayName("Bookings")
class BookingTests {

	/** Stockport: the test COUNCIL user's authority, a metropolitan district in the North West. */
	static final String OWN = "E08000007";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http officer;
	Http council;
	Fixtures fixtures;

	@BeforeEach
	void clients() {
		TestUsers users = new TestUsers(context);
		officer = new Http(port).as(users.create(Role.OFFICER).token());
		council = new Http(port).as(users.create(Role.COUNCIL).token());
		fixtures = new Fixtures(officer);
	}

	@Test
	@DisplayName("take places until the event is full, then join the waiting list; a cancellation gives the first on the list the place and tells them")
	void waitingListAndCancellation() {
		List<String> people = fixtures.councillors(3, OWN, "LAB");
		long event = fixtures.event("LA", "Leadership Academy test", 2, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1)).get("id").asLong();
		JsonNode first = fixtures.book(event, people.get(0));
		JsonNode second = fixtures.book(event, people.get(1));
		JsonNode third = fixtures.book(event, people.get(2));
		assertThat(first.get("status").asString()).isEqualTo("BOOKED");
		assertThat(second.get("status").asString()).isEqualTo("BOOKED");
		assertThat(third.get("status").asString()).isEqualTo("WAITING");
		assertThat(first.get("authorityGss").asString()).isEqualTo(OWN);
		assertThat(first.get("region").asString()).as("region as recorded at booking").isEqualTo("E12000002");
		assertThat(first.get("regionName").asString()).isEqualTo("North West");
		assertThat(first.get("councilType").asString()).isEqualTo("METROPOLITAN_DISTRICT");
		assertThat(first.get("party").asString()).isEqualTo("LABOUR");
		assertThat(first.get("gender").asString()).isEqualTo("PREFER_NOT_TO_SAY");
		assertThat(first.get("ageRange").isNull()).as("no answer is unknown, not 'prefer not to say'").isTrue();

		HttpResponse<String> again = officer.postJson("/api/v1/leadership/events/" + event + "/bookings", "{\"person\": \"%s\"}".formatted(people.get(0)));
		assertThat(again.statusCode()).as("a person is booked once").isEqualTo(400);

		HttpResponse<String> cancelled = officer.postJson("/api/v1/leadership/bookings/" + first.get("id").asLong() + "/cancel", "");
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(json(cancelled).get("promoted").get("id").asLong()).isEqualTo(third.get("id").asLong());
		assertThat(json(cancelled).get("promoted").get("status").asString()).isEqualTo("BOOKED");
		assertThat(TestMailServer.awaitMailTo(people.get(2) + "@example.org", 1).get(0).subject()).contains("A place on");

		JsonNode bookings = json(officer.get("/api/v1/leadership/events/" + event + "/bookings"));
		assertThat(bookings.valueStream().map(b -> b.get("status").asString()).toList()).containsExactly("BOOKED", "BOOKED", "CANCELLED");
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'leadership_booking' and entity_id = ?")
			.param(third.get("id").asString()).query(Integer.class).single()).as("booking and promotion audited").isEqualTo(2);
	}

	@Test
	@DisplayName("keep a Next Generation cohort to its political group")
	void eligibility() {
		List<String> conservatives = fixtures.councillors(1, OWN, "CON");
		long event = fixtures.event("NXG", "Next Generation Labour", null, "LABOUR", LocalDate.of(2027, 5, 1)).get("id").asLong();
		HttpResponse<String> refused = officer.postJson("/api/v1/leadership/events/" + event + "/bookings",
				"{\"person\": \"%s\"}".formatted(conservatives.get(0)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("group only");
	}

	@Test
	@DisplayName("a council's user books its own councillors through the form, and no one else's")
	void selfBookingForm() {
		List<String> own = fixtures.councillors(1, OWN, "IND");
		List<String> other = fixtures.councillors(1, "E08000003", "IND");
		long event = fixtures.event("LE", "Leadership Essentials: Finance test", 20, null, LocalDate.of(2027, 6, 1)).get("id").asLong();
		assertThat(council.get("/leadership/events/" + event + "/book").body()).contains("Cllr Test " + own.get(0)).doesNotContain(other.get(0));

		HttpResponse<String> booked = council.postForm("/leadership/events/" + event + "/book", "person", own.get(0), "gender", "FEMALE",
				"ageRange", "AGE_30_39", "ethnicity", "PREFER_NOT_TO_SAY");
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(302);
		JsonNode booking = json(officer.get("/api/v1/leadership/events/" + event + "/bookings")).get(0);
		assertThat(booking.get("source").asString()).isEqualTo("FORM");
		assertThat(booking.get("ageRange").asString()).isEqualTo("AGE_30_39");
		assertThat(booking.get("ethnicity").asString()).isEqualTo("PREFER_NOT_TO_SAY");

		HttpResponse<String> refused = council.postForm("/leadership/events/" + event + "/book", "person", other.get(0));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Choose one of your council&#39;s councillors");
		assertThat(json(officer.get("/api/v1/leadership/events/" + event + "/bookings")).size()).isEqualTo(1);
		assertThat(council.get("/leadership/events/" + event).body()).contains("Cllr Test " + own.get(0));
	}

	@Test
	@DisplayName("attendance is marked per module; a delegate at every module has completed")
	void attendance() {
		List<String> people = fixtures.councillors(2, OWN, "LD");
		JsonNode created = fixtures.event("FOL", "Focus on Leadership test", null, null, LocalDate.of(2030, 1, 10), LocalDate.of(2030, 2, 10));
		long event = created.get("id").asLong();
		long b1 = fixtures.book(event, people.get(0)).get("id").asLong();
		long b2 = fixtures.book(event, people.get(1)).get("id").asLong();
		for (JsonNode module : created.get("modules")) {
			HttpResponse<String> marked = officer.postForm("/leadership/events/" + event + "/attendance", "module", module.get("id").asString(),
					"present", Long.toString(b1));
			assertThat(marked.statusCode()).isEqualTo(302);
		}
		officer.postForm("/leadership/events/" + event + "/attendance", "module", created.get("modules").get(0).get("id").asString(), "present",
				Long.toString(b1), "present", Long.toString(b2));
		JsonNode completion = json(officer.get("/api/v1/leadership/completion?programme=FOL&from=2030-01-10&to=2030-01-10")).valueStream()
			.filter(c -> c.get("eventId").asLong() == event).findFirst().orElseThrow();
		assertThat(completion.get("booked").asInt()).isEqualTo(2);
		assertThat(completion.get("attended").asInt()).isEqualTo(2);
		assertThat(completion.get("completed").asInt()).as("only the delegate at both modules").isEqualTo(1);
	}

	@Test
	@DisplayName("an import with bad rows is refused whole, naming each row, column and value")
	void importAllOrNothing() {
		long event = fixtures.event("LEDGE", "Leading Edge test", null, null, LocalDate.of(2027, 11, 1)).get("id").asLong();
		String title = json(officer.get("/api/v1/leadership/events?programme=LEDGE")).valueStream().filter(e -> e.get("id").asLong() == event)
			.findFirst().orElseThrow().get("title").asString();
		String csv = "programme,event,person,authority,party,region,council_type,gender,age_range,ethnicity,status\n"
				+ "LEDGE," + title + ",,E07000223,Conservative,South East,District,male,50-59,white,BOOKED\n"
				+ "LEDGE,No such event,,,,,,,,,BOOKED\n"
				+ "XX," + title + ",,,,,,,,,BOOKED\n"
				+ "LEDGE," + title + ",nobody-" + fixtures.prefix + ",E99999999,Purple,Atlantis,Castle,tall,ancient,martian,MAYBE\n";
		HttpResponse<String> refused = officer.postCsv("/api/v1/leadership/bookings/import", csv);
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode errors = json(refused).get("errors");
		assertThat(errors.valueStream().map(e -> e.get("row").asInt() + ":" + e.get("column").asString()).toList()).contains("3:event",
				"4:programme", "5:person", "5:authority", "5:party", "5:region", "5:council_type", "5:gender", "5:age_range", "5:ethnicity", "5:status");
		assertThat(json(officer.get("/api/v1/leadership/events/" + event + "/bookings")).size()).as("nothing written").isZero();

		String good = "programme,event,person,authority,party,region,council_type,gender,age_range,ethnicity,status\n"
				+ "LEDGE," + title + ",,E07000223,Conservative,South East,Metropolitan,male,50-59,white,BOOKED\n";
		assertThat(json(officer.postCsv("/api/v1/leadership/bookings/import?dryRun=true", good)).get("inserted").asInt()).isEqualTo(1);
		assertThat(json(officer.get("/api/v1/leadership/events/" + event + "/bookings")).size()).as("a dry run writes nothing").isZero();
		assertThat(json(officer.postCsv("/api/v1/leadership/bookings/import", good)).get("inserted").asInt()).isEqualTo(1);
		JsonNode booking = json(officer.get("/api/v1/leadership/events/" + event + "/bookings")).get(0);
		assertThat(booking.get("councilType").asString()).as("kept as recorded, though the register says otherwise").isEqualTo("METROPOLITAN_DISTRICT");
		assertThat(booking.get("personId").isNull()).as("an anonymous booking record").isTrue();
	}
}
