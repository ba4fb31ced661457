package org.stocktake.consultation;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.people.Directory;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.support.Documents;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestMailServer;
import org.stocktake.support.TestUsers;
import org.stocktake.support.TestUsers.TestUser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Consultation pages")
class ConsultationPagesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	static final Pattern LINK = Pattern.compile("/respond/([A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Consultations consultations;

	@Autowired
	Invitations invitations;

	final String marker = UUID.randomUUID().toString().substring(0, 8);

	Http http() {
		return new Http(port);
	}

	Http as(Role role) {
		return http().as(new TestUsers(context).create(role).token());
	}

	Questionnaire open() {
		Questionnaire q = consultations.create(NewQuestionnaire.of("pages-" + marker, QuestionnaireKind.CONSULTATION, "Pages test " + marker,
				ZonedDateTime.now(Consultations.LONDON).plusDays(10),
				NewSection.of("Only", NewQuestion.single("q1", "Are the principles right?", "Yes", "No", "Don't know").mandatory().numbered("1"),
						NewQuestion.freeText("q2", "If you answered no, what instead?").numbered("2").shownWhen("q1", "No"))));
		return consultations.publish(q.id());
	}

	static String token(String mailBody) {
		Matcher m = LINK.matcher(mailBody);
		assertThat(m.find()).as(mailBody).isTrue();
		return m.group(1);
	}

	@Nested
	@DisplayName("the demonstration consultation")
	class Demonstration {

		@Test
		@DisplayName("is 'Taking stock' with its 21 questions and options as the seed words them, closed on 13 March 2015")
		void takingStock() {
			Questionnaire q = consultations.find("taking-stock").orElseThrow();
			assertThat(q.questions()).hasSize(21);
			assertThat(q.question("q9").orElseThrow().options()).containsExactly("Yes – all should be published",
					"Yes – unless there are exceptional circumstances", "No – this should be a matter of local choice", "Don't know");
			assertThat(q.question("q2").orElseThrow().shownWhen().questionKey()).isEqualTo("q1");
			assertThat(q.demonstration()).isTrue();
			String page = http().get("/consultations/taking-stock").body();
			assertThat(page).contains("Taking stock", "Closed", "11:59pm on Friday 13 March 2015");
			JsonNode list = JSON.readTree(http().get("/api/v1/consultations").body());
			assertThat(list.get("items").valueStream().map(i -> i.get("slug").asString())).contains("taking-stock");
		}

		@Test
		@DisplayName("says it has closed to anyone holding a link")
		void closedPage() {
			Questionnaire q = consultations.find("taking-stock").orElseThrow();
			ResponseLink link = consultations.issueLink(q.id(), Respondent.email("late-" + marker + "@example.org"));
			HttpResponse<String> page = http().get(link.path());
			assertThat(page.body()).contains("This consultation has closed", "11:59pm on Friday 13 March 2015").doesNotContain("Send response");
		}
	}

	@Nested
	@DisplayName("a respondent")
	class ARespondent {

		@Test
		@DisplayName("saves, returns, submits, and submits again to replace the answer; the link once withdrawn says so")
		void answerThroughLink() {
			Questionnaire q = open();
			ResponseLink link = consultations.issueLink(q.id(), Respondent.email("resp-" + marker + "@example.org"));
			Http visitor = http().withSession();
			assertThat(visitor.get(link.path()).body()).contains("Are the principles right?", "Do not share it");

			HttpResponse<String> missing = visitor.postForm(link.path(), "action", "submit");
			assertThat(missing.body()).contains("There is a problem", "Answer question 1");

			assertThat(visitor.postForm(link.path(), "action", "save", "a-q1", "No").statusCode()).isEqualTo(302);
			assertThat(visitor.get(link.path()).body()).contains("Your answers have been saved").containsPattern("value=\"No\"\\s+checked");

			assertThat(visitor.postForm(link.path(), "action", "submit", "a-q1", "No", "a-q2", "Something else " + marker).statusCode())
				.isEqualTo(302);
			assertThat(visitor.postForm(link.path(), "action", "submit", "a-q1", "Yes", "a-q2", "dropped").statusCode()).isEqualTo(302);
			Results results = consultations.results(q.id(), ResultQuery.all().withMinimumCell(1));
			assertThat(results.responses()).isEqualTo(1);
			assertThat(results.question("q1").option("Yes").count()).isEqualTo(1);
			assertThat(results.question("q2").answered()).isEqualTo(0);

			consultations.revoke(link.id());
			assertThat(visitor.get(link.path()).body()).contains("This link has been withdrawn").doesNotContain("Send response");
		}

		@Test
		@DisplayName("asks for their own link and receives it by email")
		void ownLink() {
			Questionnaire q = open();
			String address = "own-" + marker + "@example.org";
			HttpResponse<String> sent = http().withSession().postForm("/consultations/" + q.slug() + "/request-link", "email", address);
			assertThat(sent.body()).contains("Check your email").doesNotContain("/respond/");
			invitations.sendDue();
			List<TestMailServer.Mail> mail = TestMailServer.awaitMailTo(address, 1);
			assertThat(mail).hasSize(1);
			assertThat(consultations.link(token(mail.get(0).body()))).isPresent();
			assertThat(mail.get(0).body()).doesNotContain(address);
		}
	}

	@Nested
	@DisplayName("officers")
	class Officers {

		@Test
		@DisplayName("invite people of the directory by email, log every message, remind those who have not answered and stop writing to bounced addresses")
		void invitations() {
			Questionnaire q = open();
			String ref = "c" + marker;
			String address = "leader-" + marker + "@example.org";
			HttpResponse<String> imported = as(Role.OFFICER).postCsv("/api/v1/people/import", """
					person_ref,name,person_type,authority_gss_code,political_group,email,phone,fictitious,role,role_title,region,start_date,end_date
					%s,Leader Testperson%s,COUNCILLOR,E08000007,Labour,%s,,true,LEADER,,,2020-01-01,
					""".formatted(ref, marker, address));
			assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
			long personId = context.getBean(Directory.class).findByRef(ref).orElseThrow().id();
			Http officer = as(Role.OFFICER);

			HttpResponse<String> invited = officer.postJson("/api/v1/consultations/" + q.id() + "/invitations", "{\"personIds\": [" + personId + "]}");
			assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
			assertThat(JSON.readTree(invited.body()).get("queued").asInt()).isEqualTo(1);
			assertThat(JSON.readTree(officer.postJson("/api/v1/consultations/" + q.id() + "/invitations", "{\"personIds\": [" + personId + "]}")
				.body()).get("alreadyInvited").asInt()).isEqualTo(1);
			invitations.sendDue();
			String first = token(TestMailServer.awaitMailTo(address, 1).get(0).body());
			ResponseLink link = consultations.link(first).orElseThrow();
			assertThat(link.authorityGss()).isEqualTo("E08000007");
			assertThat(link.role()).isEqualTo("LEADER");

			assertThat(invitations.remind(q.id(), "http://localhost:" + port)).isGreaterThanOrEqualTo(1);
			invitations.sendDue();
			List<TestMailServer.Mail> mails = TestMailServer.awaitMailTo(address, 2);
			assertThat(mails).hasSize(2);
			assertThat(mails.get(1).subject()).startsWith("Reminder:");
			assertThat(token(mails.get(1).body())).isEqualTo(first);

			assertThat(officer.get("/consultations/" + q.slug() + "/invitations").body()).contains(address, "INVITATION", "REMINDER", "SENT");
			assertThat(officer.postForm("/consultations/" + q.slug() + "/bounces", "email", address, "reason", "550 no such user").statusCode())
				.isEqualTo(302);
			assertThat(officer.get("/consultations/" + q.slug() + "/invitations").body()).contains("BOUNCED", "550 no such user");
			assertThat(invitations.remind(q.id(), "http://localhost:" + port)).isZero();
		}

		@Test
		@DisplayName("enter a response received by letter on the respondent's behalf")
		void onBehalf() {
			Questionnaire q = open();
			Http officer = as(Role.OFFICER).withSession();
			HttpResponse<String> started = officer.postForm("/consultations/" + q.slug() + "/on-behalf", "name", "Letter Writer " + marker,
					"authority", "E08000007", "role", "CHIEF_EXECUTIVE");
			assertThat(started.statusCode()).isEqualTo(302);
			String path = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
			assertThat(officer.get(path).body()).contains("on the respondent");
			assertThat(officer.postForm(path, "action", "submit", "a-q1", "Yes", "channel", "LETTER").statusCode()).isEqualTo(302);
			assertThat(consultations.results(q.id(), ResultQuery.all().withMinimumCell(1)).responses()).isEqualTo(1);
		}
	}

	@Nested
	@DisplayName("results")
	class ResultsPages {

		@Test
		@DisplayName("are public only once published, break down by region with small groups hidden, and download as CSV, XLSX and a tagged PDF")
		void published() throws Exception {
			Questionnaire q = open();
			for (int i = 0; i < 5; i++) {
				consultations.record(q.id(), new Respondent(null, "nw" + i + "-" + marker + "@example.org", null, "E08000007", "LEADER", Map.of()),
						Answers.builder().answer("q1", i < 3 ? "Yes" : "No").build(), false);
			}
			for (int i = 0; i < 4; i++) {
				consultations.record(q.id(), new Respondent(null, "ld" + i + "-" + marker + "@example.org", null, "E09000033", "LEADER", Map.of()),
						Answers.builder().answer("q1", "Yes").build(), false);
			}
			assertThat(http().get("/api/v1/consultations/" + q.id() + "/results").statusCode()).isEqualTo(404);
			consultations.publishResults(q.id(), true);
			JsonNode results = JSON.readTree(http().get("/api/v1/consultations/" + q.id() + "/results").body());
			assertThat(results.get("responses").asInt()).isEqualTo(9);

			Breakdown byRegion = context.getBean(Breakdowns.class).breakdown(q.id(), Breakdown.Dimension.REGION, ResultQuery.all());
			Breakdown.QuestionBreakdown q1 = byRegion.question("q1");
			// North West has 5 (shown on its own); London has 4 (hidden) — and with one group hidden, the other is hidden too.
			assertThat(q1.columns()).allSatisfy(c -> assertThat(c.suppressed()).isTrue());
			assertThat(Breakdowns.suppress(List.of(column("A", 5), column("B", 4), column("C", 7)), 5)).extracting(Breakdown.Column::suppressed)
				.containsExactly(true, true, false);
			assertThat(Breakdowns.suppress(List.of(column("A", 5), column("B", 6)), 5)).extracting(Breakdown.Column::suppressed)
				.containsExactly(false, false);

			String page = http().get("/consultations/" + q.slug() + "/results?by=REGION").body();
			assertThat(page).contains("[c]").doesNotContain("nw0-" + marker);
			assertThat(http().get("/consultations/" + q.slug() + "/results.csv").body()).contains("question_number", "Are the principles right?");
			byte[] pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
					java.net.URI.create("http://localhost:" + port + "/consultations/" + q.slug() + "/results.pdf")).build(),
					HttpResponse.BodyHandlers.ofByteArray()).body();
			Documents.assertPdfUa1(pdf);
			assertThat(Documents.pdfText(pdf)).contains("Are the principles right?", "66.7%");
		}

		static Breakdown.Column column(String name, long n) {
			return new Breakdown.Column(new Breakdown.Group(name, name), n, false, List.of(new Results.OptionCount("Yes", n, 100.0)));
		}
	}

	@Nested
	@DisplayName("individual responses")
	class Individual {

		@Test
		@DisplayName("are read only by analysts and admins, every reading recorded; earlier versions only by admins")
		void analysts() {
			Questionnaire q = open();
			ResponseLink link = consultations.issueLink(q.id(), new Respondent(null, "ind-" + marker + "@example.org", "Named Person " + marker,
					"E08000007", "LEADER", Map.of()));
			consultations.submit(link.token(), Answers.builder().answer("q1", "No").answer("q2", "First thoughts " + marker).build(), false);
			consultations.submit(link.token(), Answers.builder().answer("q1", "No").answer("q2", "Second thoughts " + marker).build(), true);
			String path = "/consultations/" + q.slug() + "/responses/" + link.id();

			assertThat(as(Role.OFFICER).get(path).statusCode()).isEqualTo(403);
			assertThat(as(Role.COUNCIL).get(path).statusCode()).isEqualTo(403);
			TestUsers users = new TestUsers(context);
			TestUser analyst = users.create(Role.OFFICER);
			context.getBean(UserAdministration.class).grant(analyst.id(), IndividualResponses.ANALYST, q.slug());
			String read = http().as(analyst.token()).get(path).body();
			assertThat(read).contains("Named Person " + marker, "Second thoughts " + marker).doesNotContain("First thoughts " + marker);
			String admin = http().as(users.create(Role.ADMIN).token()).get(path).body();
			assertThat(admin).contains("First thoughts " + marker, analyst.username());
		}
	}
}
