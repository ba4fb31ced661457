package org.stocktake.collection;

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

@BrowserTest
@DisplayName("A data collection in the browser")
class CollectionJourneyTests {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	@DisplayName("a council enters figures, explains a warning and submits; an officer queries; the council resubmits; the officer accepts")
	void entryToAcceptance(Browser browser) {
		TestUsers users = new TestUsers(context);
		TestUser officer = users.create(Role.OFFICER);
		TestUser council = users.create(Role.COUNCIL);
		CollectionFixture fx = new CollectionFixture(new Http(port).as(officer.token()));
		fx.create(new Http(port).as(officer.token()), 14, 60);
		String received = "Applications received " + fx.received.substring(2, 10) + " (synthetic test fixture)";
		String decided = "Applications decided " + fx.decided.substring(2, 10) + " (synthetic test fixture)";

		browser.signInAs(council).visit("/collections").clickLink(fx.title);
		assertThat(browser.heading()).isEqualTo("Stockport");
		assertThat(browser.text()).contains("Not started", "Last period (2025/26 Q1): 140");

		// decided above received breaks the relation; received is far from its history
		browser.fillIn(received, "207.3").fillIn(decided, "250.1").clickButton("Save draft");
		assertThat(browser.errorSummary()).anySatisfy(m -> assertThat(m).contains("must be less than or equal to"))
			.anySatisfy(m -> assertThat(m).contains("unusually high against this council's 5 earlier figures"));
		assertThat(browser.inlineError(decided)).contains("(250.1) must be less than or equal to");
		assertThat(browser.text()).contains("Draft");

		// corrected and the history warning explained; the peer warning on decided still blocks submission
		browser.fillIn(decided, "110.9").fillIn("Note on " + received, "A large housing estate came forward this quarter").clickButton("Submit return");
		assertThat(browser.errorSummary()).singleElement().satisfies(m -> assertThat(m).contains("unusually high against 6 comparable councils"));
		assertThat(browser.text()).contains("Explained:");
		browser.fillIn("Note on " + decided, "Backlog cleared after recruitment").clickButton("Submit return");
		assertThat(browser.text()).contains("Your return was submitted for review.", "Submitted");
		assertThat(browser.errorSummary()).isEmpty();

		// the officer sees it on the dashboard and queries it
		browser.signOut().signInAs(officer).visit("/collections/" + fx.id);
		assertThat(browser.table("returns")).anySatisfy(row -> assertThat(row).contains("Stockport", "Submitted"));
		browser.clickLink("Stockport");
		assertThat(browser.text()).contains("Backlog cleared after recruitment", "207.3");
		browser.clickButton("Record decision");
		assertThat(browser.errorSummary()).containsExactly("Choose ACCEPT, QUERY or REJECT");
		browser.check("Query back to the council", true).clickButton("Record decision");
		assertThat(browser.errorSummary()).containsExactly("Say why you are querying the return");
		browser.check("Query back to the council", true).fillIn("Comment", "Does the received figure include prior approvals?")
			.clickButton("Record decision");
		assertThat(browser.text()).contains("Your decision was recorded.", "Queried");

		// the council answers the query and resubmits
		browser.signOut().signInAs(council).visit("/collections/" + fx.id + "/returns/E08000007");
		assertThat(browser.text()).contains("The officer's query", "Does the received figure include prior approvals?");
		browser.fillIn("Note on " + received, "Includes 12 prior approvals; a large housing estate came forward").clickButton("Submit return");
		assertThat(browser.text()).contains("Your return was submitted for review.");

		// the officer accepts
		browser.signOut().signInAs(officer).visit("/collections/" + fx.id + "/returns/E08000007");
		assertThat(browser.text()).contains("Includes 12 prior approvals");
		browser.check("Accept", true).clickButton("Record decision");
		assertThat(browser.text()).contains("Accepted");
		browser.visit("/collections/" + fx.id);
		assertThat(browser.table("returns")).anySatisfy(row -> assertThat(row).contains("Stockport", "Accepted"));
		browser.clickButton("Remind authorities that have not submitted");
		assertThat(browser.text()).contains("Reminders sent to 6 authorities");
	}
}
