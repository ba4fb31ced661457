package org.stocktake.oversight;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Intervention")
class InterventionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	/** A real authority whose current ILACS judgement is inadequate, with that judgement. */
	JsonNode inadequateJudgement() {
		return json(http.get("/api/v1/inspections?inspectorate=ofsted&framework=ilacs&size=1000")).get("items")
			.valueStream()
			.filter(i -> "inadequate".equals(i.get("overallGrade").asString(null)))
			.findFirst()
			.orElseThrow();
	}

	JsonNode start(JsonNode judgement, String type) {
		LocalDate published = LocalDate.parse(judgement.get("publicationDate").asString());
		HttpResponse<String> created = officer.postJson("/api/v1/interventions", """
				{"area": "%s", "type": "%s", "service": "Children's services", "startDate": "%s", "triggerPublicationDate": "%s"}
				""".formatted(judgement.get("area").asString(), type, published.plusDays(14), published));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created);
	}

	@Nested
	@DisplayName("triggered by an inadequate judgement")
	class AfterAnInadequateJudgement {

		@Test
		@DisplayName("sets milestones in calendar months from the judgement's publication: a plan in 3, improvement in 6, reviews every 6")
		void milestonesFollowTheRules() {
			JsonNode judgement = inadequateJudgement();
			LocalDate published = LocalDate.parse(judgement.get("publicationDate").asString());
			JsonNode intervention = start(judgement, "IMPROVEMENT_NOTICE");
			List<String> milestones = intervention.get("milestones").valueStream()
				.map(m -> m.get("ruleId").asString() + "@" + m.get("dueDate").asString())
				.toList();
			assertThat(milestones).contains("improvement-plan@" + published.plusMonths(3), "significant-improvement@" + published.plusMonths(6),
					"progress-review@" + published.plusMonths(6), "progress-review@" + published.plusMonths(12));
			LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
			// Reviews continue while the intervention lasts, up to the next one after today.
			LocalDate lastReview = intervention.get("milestones").valueStream()
				.filter(m -> m.get("ruleId").asString().equals("progress-review"))
				.map(m -> LocalDate.parse(m.get("dueDate").asString()))
				.max(LocalDate::compareTo)
				.orElseThrow();
			assertThat(lastReview).isAfterOrEqualTo(today).isBefore(today.plusMonths(6).plusDays(1));
			assertThat(status(intervention, "improvement-plan")).isEqualTo(
					published.plusMonths(3).isBefore(today) ? "OVERDUE" : "DUE");
		}

		@Test
		@DisplayName("records a milestone as met, and the authority's record shows it on its timeline")
		void milestoneMet() {
			JsonNode judgement = inadequateJudgement();
			LocalDate published = LocalDate.parse(judgement.get("publicationDate").asString());
			long id = start(judgement, "STATUTORY_DIRECTION").get("id").asLong();
			HttpResponse<String> met = officer.postJson("/api/v1/interventions/" + id + "/milestones",
					"{\"ruleId\": \"improvement-plan\", \"dueDate\": \"%s\", \"completedOn\": \"%s\"}".formatted(published.plusMonths(3),
							published.plusMonths(2)));
			assertThat(met.statusCode()).as(met.body()).isEqualTo(200);
			assertThat(status(json(met), "improvement-plan")).isEqualTo("MET");

			JsonNode record = json(officer.get("/api/v1/oversight/areas/" + judgement.get("area").asString()));
			assertThat(record.get("timeline").toString()).contains("\"kind\":\"MILESTONE_MET\"", "\"kind\":\"INTERVENTION_STARTED\"",
					"\"kind\":\"JUDGEMENT_PUBLISHED\"");
			assertThat(officer.get("/oversight/areas/" + judgement.get("area").asString()).body()).contains("Improvement plan in place: met",
					"Intervention began: Statutory direction", "Corporate peer challenge");
			// No peer challenges are loaded as demonstration data and no test gives Rutland one: it shows as due.
			JsonNode rutland = json(officer.get("/api/v1/oversight/areas/E06000017"));
			assertThat(rutland.get("latestCorporatePeerChallenge").isNull()).isTrue();
			assertThat(rutland.get("peerChallengeDue").asBoolean()).isTrue();
		}

		@Test
		@DisplayName("counts in the figures, and once lifted is no longer active and sets no later milestones")
		void figuresAndEnding() {
			JsonNode judgement = inadequateJudgement();
			JsonNode intervention = start(judgement, "COMMISSIONER");
			JsonNode figures = json(officer.get("/api/v1/interventions"));
			assertThat(figures.get("byType").get("COMMISSIONER").asInt()).isPositive();
			assertThat(figures.get("authoritiesInIntervention").asInt()).isPositive();
			LocalDate start = LocalDate.parse(intervention.get("startDate").asString());
			if (start.isBefore(LocalDate.now(ZoneId.of("Europe/London")).minusMonths(12))) {
				assertThat(figures.get("moreThanTwelveMonths").asInt()).isPositive();
			}
			LocalDate end = start.plusMonths(7);
			JsonNode ended = json(officer.postJson("/api/v1/interventions/" + intervention.get("id").asLong() + "/end",
					"{\"endDate\": \"" + end + "\"}"));
			assertThat(ended.get("active").asBoolean()).isFalse();
			assertThat(ended.get("milestones").valueStream().map(m -> LocalDate.parse(m.get("dueDate").asString())))
				.allMatch(due -> !due.isAfter(end));
		}
	}

	@Nested
	@DisplayName("recorded wrongly")
	class Validation {

		@Test
		@DisplayName("says what is wrong with every field and records nothing")
		void everyFieldChecked() {
			int before = json(officer.get("/api/v1/interventions")).get("interventions").size();
			HttpResponse<String> response = officer.postJson("/api/v1/interventions", "{\"area\": \"\", \"type\": \"telling off\", \"startDate\": \"soon\"}");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("Enter the authority's GSS code", "Select the type of intervention",
					"Enter the service in intervention", "Not a date: write it as YYYY-MM-DD");
			assertThat(json(officer.get("/api/v1/interventions")).get("interventions").size()).isEqualTo(before);
		}

		@Test
		@DisplayName("refuses a trigger that was never published, and a start before its trigger")
		void triggerChecked() {
			JsonNode judgement = inadequateJudgement();
			LocalDate published = LocalDate.parse(judgement.get("publicationDate").asString());
			String area = judgement.get("area").asString();
			assertThat(officer.postJson("/api/v1/interventions", """
					{"area": "%s", "type": "IMPROVEMENT_NOTICE", "service": "Children's services", "startDate": "%s", "triggerPublicationDate": "1999-01-01"}
					""".formatted(area, published)).body()).contains("was published on 1999-01-01");
			assertThat(officer.postJson("/api/v1/interventions", """
					{"area": "%s", "type": "IMPROVEMENT_NOTICE", "service": "Children's services", "startDate": "%s", "triggerPublicationDate": "%s"}
					""".formatted(area, published.minusDays(1), published)).body()).contains("cannot start before the judgement");
		}

		@Test
		@DisplayName("in the form, shows the GOV.UK error summary")
		void formShowsErrors() {
			HttpResponse<String> page = officer.postForm("/interventions/new", "area", "", "type", "", "service", "", "startDate", "",
					"triggerPublicationDate", "", "notes", "");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("govuk-error-summary", "govuk-form-group--error", "Enter the authority&#39;s GSS code");
		}
	}

	@Nested
	@DisplayName("is seen")
	class Access {

		@Test
		@DisplayName("by officers; a council's user sees only its own authority's record; the public and board members none")
		void whoSeesWhat() {
			TestUsers users = new TestUsers(context);
			Http council = http.as(users.create(Role.COUNCIL, "E08000007").token());
			Http member = http.as(users.create(Role.MEMBER).token());
			assertThat(http.get("/api/v1/interventions").statusCode()).isEqualTo(401);
			assertThat(council.get("/api/v1/interventions").statusCode()).isEqualTo(403);
			assertThat(council.get("/api/v1/oversight/areas/E08000007").statusCode()).isEqualTo(200);
			assertThat(council.get("/api/v1/oversight/areas/E08000016").statusCode()).isEqualTo(403);
			assertThat(member.get("/api/v1/oversight/areas/E08000007").statusCode()).isEqualTo(403);
			assertThat(http.get("/api/v1/oversight/areas/E08000007").statusCode()).isEqualTo(401);
			assertThat(officer.get("/oversight/areas/E08000016").statusCode()).isEqualTo(200);
		}
	}

	private static String status(JsonNode intervention, String ruleId) {
		return intervention.get("milestones").valueStream()
			.filter(m -> m.get("ruleId").asString().equals(ruleId))
			.findFirst()
			.map(m -> m.get("status").asString())
			.orElse("none");
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
