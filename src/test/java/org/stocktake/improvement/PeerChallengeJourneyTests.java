package org.stocktake.improvement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.Http;
import org.stocktake.support.TestUsers;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/** A peer challenge taken through its whole life in a browser; every page on the way is checked for accessibility. */
@BrowserTest
@DisplayName("A peer challenge in a browser")
class PeerChallengeJourneyTests {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	@DisplayName("an officer records an enquiry and takes it from scoping to closed; the public then finds the published report")
	void wholeLife(Browser browser) {
		TestUser officer = new TestUsers(context).create(Role.OFFICER);
		Peers peers = new Peers(new Http(port).as(officer.token()), PeerChallengeTests.PEERS_FROM, PeerChallengeTests.HOST);
		String report = "https://www.example.org/" + peers.prefix + "report.pdf";

		browser.signInAs(officer).visit("/peer-challenges").clickLink("Request a peer challenge");
		browser.clickButton("Save");
		assertThat(browser.errorSummary()).contains("Enter the authority's GSS code, for example E08000016", "Select the product");
		browser.fillIn("Authority", PeerChallengeTests.HOST).select("Product", "Corporate peer challenge").fillIn("Enquiry received", "2024-01-08")
			.fillIn("Agreed scope", "The five core components").clickButton("Save");
		assertThat(browser.heading()).contains("Corporate peer challenge", "Enquiry");

		step(browser, "Record the scoping meeting", "2024-01-15");
		browser.fillIn("Date", "2024-02-01").fillIn("Lead member peer (a councillor)", peers.hostOfficer).clickButton("Confirm the team");
		assertThat(browser.errorSummary()).anySatisfy(e -> assertThat(e).contains("is not a councillor"));
		assertThat(browser.inlineError("Lead member peer (a councillor)")).contains("is not a councillor");
		browser.fillIn("Date", "2024-02-01").fillIn("Lead member peer (a councillor)", peers.councillor)
			.fillIn("Lead officer peer (a council officer)", peers.officer).clickButton("Confirm the team");
		assertThat(browser.table("team")).hasSize(2);
		step(browser, "Record the position statement", "2024-03-01");
		browser.fillIn("First day on site", "2024-03-11").fillIn("Last day on site (at most 5 weekdays in all)", "2024-03-14")
			.clickButton("Record the visit");
		browser.clickButton("Add the action");
		assertThat(browser.errorSummary()).contains("Enter the recommendation");
		browser.fillIn("Recommendation", "Refresh the medium-term financial plan").fillIn("Action", "Adopt a new plan")
			.fillIn("Owner", "Director of Finance").fillIn("Due date", "2024-09-30").clickButton("Add the action");
		assertThat(browser.table("actions")).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("Refresh the medium-term financial plan"));
		step(browser, "Record the feedback presentation", "2024-03-14");
		step(browser, "Record the draft report", "2024-04-02");
		step(browser, "Record that the report is agreed", "2024-04-22");
		browser.fillIn("Date", "2024-05-01").fillIn("Address of the published report", report).clickButton("Record publication");
		step(browser, "Record the action plan", "2024-06-03");
		step(browser, "Record the follow-up", "2025-03-03");
		step(browser, "Close the challenge", "2025-03-10");

		assertThat(browser.heading()).contains("Closed");
		assertThat(browser.text()).contains("This challenge is closed.");
		assertThat(browser.table("history")).extracting(row -> row.get(0)).containsExactly("Enquiry", "Scoping", "Team confirmed",
				"Position statement received", "On site", "Feedback presented", "Draft report", "Report agreed", "Published",
				"Action plan received", "Follow-up held", "Closed");

		browser.signOut().visit("/peer-challenges/published?product=corporate-peer-challenge&region=E12000002&year=2024");
		assertThat(browser.driver().getPageSource()).contains(report);
		browser.visit("/areas/" + PeerChallengeTests.HOST);
		assertThat(browser.driver().getPageSource()).contains(report);
		browser.visit("/offer");
		assertThat(browser.heading()).isEqualTo("The improvement offer");
	}

	private static void step(Browser browser, String button, String date) {
		browser.fillIn("Date", date).clickButton(button);
		assertThat(browser.errorSummary()).as(button).isEmpty();
	}
}
