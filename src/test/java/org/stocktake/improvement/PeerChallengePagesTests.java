package org.stocktake.improvement;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.improvement.PeerChallengeTests.HOST;
import static org.stocktake.improvement.PeerChallengeTests.json;

@StocktakeTest
@DisplayName("The peer challenge pages")
class PeerChallengePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http http;
	Http officer;

	@BeforeEach
	void clients() {
		http = new Http(port);
		officer = http.as(new TestUsers(context).create(Role.OFFICER).token());
	}

	long enquiry(String product) {
		HttpResponse<String> created = officer.postJson("/api/v1/peer-challenges",
				"{\"area\": \"" + HOST + "\", \"product\": \"" + product + "\", \"enquiryOn\": \"2024-01-08\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).get("id").asLong();
	}

	@Nested
	@DisplayName("a challenge's page")
	class ChallengePage {

		@Test
		@DisplayName("shows its state, history and only the allowed next steps as forms")
		void nextSteps() {
			long id = enquiry("corporate-peer-challenge");
			String page = officer.get("/peer-challenges/" + id).body();
			assertThat(page).contains("Stockport", "Corporate peer challenge", "Enquiry", "Record the scoping meeting", "Close the challenge")
				.doesNotContain("Record publication", "Confirm the team");
		}

		@Test
		@DisplayName("records a step from its form, and a refused step shows the error summary with the inline error")
		void stepsFromForms() {
			long id = enquiry("corporate-peer-challenge");
			HttpResponse<String> bad = officer.postForm("/peer-challenges/" + id + "/transitions", "to", "SCOPING", "on", "2023-01-01");
			assertThat(bad.statusCode()).isEqualTo(200);
			assertThat(bad.body()).contains("govuk-error-summary", "govuk-form-group--error", "#SCOPING-on",
					"This step cannot be dated before the previous one (2024-01-08)");
			HttpResponse<String> illegal = officer.postForm("/peer-challenges/" + id + "/transitions", "to", "PUBLISHED", "on", "2024-02-01");
			assertThat(illegal.body()).contains("govuk-error-summary", "cannot move to PUBLISHED");
			HttpResponse<String> ok = officer.postForm("/peer-challenges/" + id + "/transitions", "to", "SCOPING", "on", "2024-01-15");
			assertThat(ok.statusCode()).isEqualTo(302);
			assertThat(officer.get("/peer-challenges/" + id).body()).contains("Scoping", "15 Jan 2024", "Confirm the team");
		}

		@Test
		@DisplayName("is seen by the authority's own council users without the officers' forms, and by no other council")
		void councilView() {
			long id = enquiry("finance-peer-review");
			TestUsers users = new TestUsers(context);
			HttpResponse<String> own = http.as(users.create(Role.COUNCIL, HOST).token()).get("/peer-challenges/" + id);
			assertThat(own.statusCode()).isEqualTo(200);
			assertThat(own.body()).contains("Finance peer review").doesNotContain("Record the scoping meeting");
			assertThat(http.as(users.create(Role.COUNCIL, "E08000003").token()).get("/peer-challenges/" + id).statusCode()).isEqualTo(403);
		}
	}

	@Nested
	@DisplayName("the forms")
	class Forms {

		@Test
		@DisplayName("requesting a challenge shows the GOV.UK error summary and inline errors, then creates the enquiry")
		void requestForm() {
			HttpResponse<String> empty = officer.postForm("/peer-challenges/new", "area", "", "product", "", "enquiryOn", "", "follows", "",
					"challengeManager", "", "scope", "", "councilPriorities", "", "keyLinesOfEnquiry", "");
			assertThat(empty.statusCode()).isEqualTo(200);
			assertThat(empty.body()).contains("govuk-error-summary", "govuk-form-group--error", "Enter the authority&#39;s GSS code",
					"Select the product");
			HttpResponse<String> created = officer.postForm("/peer-challenges/new", "area", HOST, "product", "lscb-diagnostic", "enquiryOn",
					"2024-02-02", "follows", "", "challengeManager", "", "scope", "Partnership arrangements", "councilPriorities", "",
					"keyLinesOfEnquiry", "");
			assertThat(created.statusCode()).isEqualTo(302);
			String location = created.headers().firstValue("Location").orElseThrow();
			assertThat(officer.get(location.replaceFirst("^https?://[^/]+", "")).body()).contains("LSCB diagnostic", "Partnership arrangements");
		}

		@Test
		@DisplayName("changing the scope is saved and audited, and a wrong challenge manager is explained")
		void editForm() {
			long id = enquiry("corporate-peer-challenge");
			HttpResponse<String> wrong = officer.postForm("/peer-challenges/" + id + "/edit", "challengeManager", "nobody-here", "scope", "x",
					"councilPriorities", "", "keyLinesOfEnquiry", "");
			assertThat(wrong.body()).contains("govuk-error-summary", "No one in the directory has the number or reference nobody-here");
			HttpResponse<String> ok = officer.postForm("/peer-challenges/" + id + "/edit", "challengeManager", "", "scope",
					"Financial planning and viability", "councilPriorities", "Growth", "keyLinesOfEnquiry", "How is the budget gap closed?");
			assertThat(ok.statusCode()).isEqualTo(302);
			JsonNode after = json(officer.get("/api/v1/peer-challenges/" + id));
			assertThat(after.get("scope").asString()).isEqualTo("Financial planning and viability");
			assertThat(after.get("keyLinesOfEnquiry").asString()).isEqualTo("How is the budget gap closed?");
		}
	}

	@Nested
	@DisplayName("the lists")
	class Lists {

		@Test
		@DisplayName("filter by state, product, region and year")
		void filters() {
			long id = enquiry("care-practice-diagnostic");
			String page = officer.get("/peer-challenges?state=ENQUIRY&product=care-practice-diagnostic&region=E12000002&year=2024").body();
			assertThat(page).contains("/peer-challenges/" + id + "\"");
			assertThat(officer.get("/peer-challenges?state=CLOSED&product=care-practice-diagnostic").body())
				.doesNotContain("/peer-challenges/" + id + "\"");
			assertThat(officer.get("/peer-challenges?region=E12000007&product=care-practice-diagnostic").body())
				.doesNotContain("/peer-challenges/" + id + "\"");
			assertThat(officer.get("/peer-challenges?year=2019&product=care-practice-diagnostic").body())
				.doesNotContain("/peer-challenges/" + id + "\"");
		}

		@Test
		@DisplayName("coverage for officers: the share, the authorities without, and every authority as CSV")
		void coverage() {
			String page = officer.get("/peer-challenges/coverage?years=3&product=fire-peer-challenge").body();
			assertThat(page).contains("had a fire peer challenge in the last 3 years", "Without one");
			HttpResponse<String> csv = officer.get("/peer-challenges/coverage.csv?years=3&product=fire-peer-challenge");
			assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
			String[] lines = csv.body().split("\r\n");
			assertThat(lines[0]).isEqualTo("\uFEFFgss_code,name,type,covered,latest_visit,challenge_id");
			assertThat(lines).hasSizeGreaterThan(40);
			assertThat(java.util.Arrays.stream(lines).skip(1)).allMatch(l -> l.contains(",FIRE_AND_RESCUE,"));
			assertThat(http.as(new TestUsers(context).create(Role.COUNCIL, HOST).token()).get("/peer-challenges/coverage").statusCode())
				.isEqualTo(403);
		}

		@Test
		@DisplayName("the public list of published reports and the offer need no account")
		void publicPages() {
			assertThat(http.get("/peer-challenges/published").statusCode()).isEqualTo(200);
			assertThat(http.get("/offer").body()).contains("Safeguarding peer review", "corporate-peer-challenge");
			assertThat(http.get("/areas/" + HOST).body()).contains("Peer challenges");
		}
	}
}
