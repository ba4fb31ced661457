package org.stocktake.consultation;

import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.people.Directory;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.Http;
import org.stocktake.support.TestMailServer;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
@DisplayName("A respondent in the browser")
class ConsultationJourneyTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Consultations consultations;

	@Autowired
	Invitations invitations;

	@LocalServerPort
	int port;

	@Test
	@DisplayName("answers a questionnaire through the link emailed to them: a conditional question appears, answers are saved and come back, the response is sent")
	void answersThroughEmailedLink(Browser browser) {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Questionnaire q = consultations.publish(consultations.create(NewQuestionnaire.of("journey-" + marker, QuestionnaireKind.CONSULTATION,
				"Journey consultation " + marker, ZonedDateTime.now(Consultations.LONDON).plusDays(5),
				NewSection.of("Principles",
						NewQuestion.single("q1", "Are the principles still the right ones?", "Still right", "Need changes", "Not sure").mandatory()
							.numbered("1"),
						NewQuestion.freeText("q2", "What changes would you suggest?").numbered("2").shownWhen("q1", "Need changes")
							.help("A sentence or two is enough"),
						NewQuestion.scale("q3", "How useful is the support offer?", 1, 4, "poor", "excellent").numbered("3")))).id());

		String ref = "j" + marker;
		String address = "journey-" + marker + "@example.org";
		Http officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		assertThat(officer.postCsv("/api/v1/people/import", """
				person_ref,name,person_type,authority_gss_code,political_group,email,phone,fictitious,role,role_title,region,start_date,end_date
				%s,Journey Testperson%s,OFFICER,E08000007,,%s,,true,CHIEF_EXECUTIVE,,,2020-01-01,
				""".formatted(ref, marker, address)).statusCode()).isEqualTo(200);
		long personId = context.getBean(Directory.class).findByRef(ref).orElseThrow().id();
		assertThat(officer.postJson("/api/v1/consultations/" + q.id() + "/invitations", "{\"personIds\": [" + personId + "]}").statusCode())
			.isEqualTo(200);
		invitations.sendDue();

		String body = TestMailServer.awaitMailTo(address, 1).get(0).body();
		String path = ConsultationPagesTests.token(body);
		browser.visit("/respond/" + path);
		assertThat(browser.heading()).isEqualTo("Journey consultation " + marker);
		assertThat(browser.field("2. What changes would you suggest? (optional)").isDisplayed()).isFalse();

		browser.clickButton("Send response");
		assertThat(browser.errorSummary()).containsExactly("Answer question 1");

		browser.check("Need changes", true);
		assertThat(browser.field("2. What changes would you suggest? (optional)").isDisplayed()).isTrue();
		browser.fillIn("2. What changes would you suggest? (optional)", "More peer challenge " + marker).clickButton("Save and come back later");
		assertThat(browser.text()).contains("Your answers have been saved");

		browser.signOut().visit("/respond/" + path);
		assertThat(browser.valueOf("2. What changes would you suggest? (optional)")).isEqualTo("More peer challenge " + marker);
		browser.check("4 – excellent", true).clickButton("Send response");
		assertThat(browser.heading()).isEqualTo("Response received");

		Results results = consultations.results(q.id(), ResultQuery.all().withMinimumCell(1));
		assertThat(results.question("q1").option("Need changes").count()).isEqualTo(1);
		assertThat(results.question("q3").mean()).isEqualTo(4.0);

		browser.visit("/consultations/" + q.slug() + "/request-link");
		browser.fillIn("Email address", "not-an-address").clickButton("Send me a link");
		assertThat(browser.errorSummary()).containsExactly("Enter an email address in the correct format, like name@example.com");
		browser.visit("/consultations/taking-stock");
		browser.visit(consultations.issueLink(consultations.find("taking-stock").orElseThrow().id(), Respondent.email(address)).path());
		assertThat(browser.heading()).isEqualTo("This consultation has closed");
	}
}
