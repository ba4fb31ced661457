package org.stocktake.performance;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.TestUsers;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
@DisplayName("An officer in the browser")
class PerformanceJourneyTests {

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("starts a plan, adds a target, records and signs off a quarter, amends it with a reason, and reads the report")
	void fromPlanToReport(Browser browser) {
		TestUser officer = new TestUsers(context).create(Role.OFFICER);
		int start = 2099 - ThreadLocalRandom.current().nextInt(0, 19);
		String year = start + "/" + String.format("%02d", (start + 1) % 100);
		browser.signInAs(officer).visit("/performance");
		assertThat(browser.heading()).isEqualTo("Performance and finance");
		browser.clickButton("Start the plan");
		assertThat(browser.errorSummary()).contains("Enter the financial year as 2015/16", "Enter the plan's title");
		browser.fillIn("Financial year", year).fillIn("Title of the plan", "Business plan " + year).clickButton("Start the plan");
		assertThat(browser.heading()).isEqualTo("Business plan " + year);

		browser.clickLink("Add a target").clickButton("Add the target");
		assertThat(browser.errorSummary()).contains("Enter the theme the target belongs to", "Enter the target's id, such as PW1");
		browser.fillIn("Theme", "Peer work in local authorities").fillIn("Target id", "PW1")
			.fillIn("What the target is", "Deliver at least 100 peer challenges").fillIn("Target figure", "100").clickButton("Add the target");
		assertThat(browser.heading()).isEqualTo("PW1: Deliver at least 100 peer challenges");

		browser.clickLink("Record Q1").fillIn("Number delivered", "lots").clickButton("Save the return");
		assertThat(browser.errorSummary()).containsExactly("Enter the number delivered, such as 18, n/a, or leave it blank if not reported");
		browser.fillIn("Number delivered", "18").fillIn("What we delivered", "18 challenges delivered").clickButton("Save the return");
		browser.clickButton("Sign off Q1");
		browser.clickLink("Amend Q1").fillIn("Number delivered", "19").clickButton("Save the return");
		assertThat(browser.errorSummary()).containsExactly("Q1 is signed off: give the reason for the amendment");
		browser.fillIn("Reason for the amendment", "One more challenge confirmed").clickButton("Save the return");
		assertThat(browser.text()).contains("One more challenge confirmed");

		browser.visit("/performance/reports/" + year.replace('/', '-') + "/Q1");
		assertThat(browser.text()).contains("Of the 1 key target, it is rated amber.", "Annex B");
		browser.clickLink("Change the words of the report");
		browser.fillIn("Purpose", "").clickButton("Save the words");
		assertThat(browser.errorSummary()).containsExactly("Enter the purpose of the report, such as For information.");
	}

	@Test
	@DisplayName("reads the demonstration plan, its management accounts and the seed's report")
	void demonstration(Browser browser) {
		TestUser officer = new TestUsers(context).create(Role.OFFICER);
		browser.signInAs(officer).visit("/performance/plans/2015-16?quarter=Q2");
		assertThat(browser.text()).contains("Of the 26 key targets, 15 are rated green and 11 amber.");
		browser.visit("/performance/accounts/2015-16/P7");
		assertThat(browser.text()).contains("Property Costs", "No budget for the year, but a forecast spend of £600k");
		browser.visit("/performance/reports/2015-16/Q2");
		assertThat(browser.text()).contains("4.1. 31 peer challenges delivered");
		browser.visit("/performance/outcomes");
		browser.visit("/performance/targets/import");
		browser.visit("/performance/accounts/import");
	}
}
