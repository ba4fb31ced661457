package org.stocktake.boards;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.TestUsers;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
@DisplayName("A board's clerk in the browser")
class BoardJourneyTests {

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("takes a meeting from creation to a published agenda and a published note with actions; the public never sees the exempt item")
	void fromCreationToPublishedNote(Browser browser) {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		TestUser clerk = new TestUsers(context).create(Role.OFFICER);
		context.getBean(UserAdministration.class).grant(clerk.id(), BoardReader.CLERK, "people-and-places-board");

		browser.signInAs(clerk).visit("/boards").clickLink("People and Places Board");
		assertThat(browser.heading()).isEqualTo("People and Places Board");
		browser.clickLink("New meeting");
		browser.clickButton("Create meeting");
		assertThat(browser.errorSummary()).containsExactly("Enter the date of the meeting, as YYYY-MM-DD");
		assertThat(browser.inlineError("Date")).isEqualTo("Enter the date of the meeting, as YYYY-MM-DD");
		browser.fillIn("Date", "2026-01-19").fillIn("Start time (optional)", "11:00").fillIn("Venue", "Westminster Suite").clickButton("Create meeting");
		assertThat(browser.heading()).isEqualTo("Meeting of 19 January 2026");
		assertThat(browser.text()).contains("2025/26 Q4", "Draft");

		browser.clickLink("Add an agenda item").clickButton("Add item");
		assertThat(browser.errorSummary()).contains("Enter the title of the item",
				"Select whether the item is for decision, discussion or information");
		browser.fillIn("Title", "Improvement activity across the boards " + marker)
			.select("Purpose", "For discussion")
			.fillIn("Contact officer's name", "Alex Example")
			.fillIn("Summary", "A summary anyone may read " + marker)
			.fillIn("Body of the report", "## Background\n\nThe first paragraph.\n\nThe second paragraph.")
			.clickButton("Add item");
		browser.clickLink("Add an agenda item")
			.fillIn("Title", "Confidential staffing matter " + marker)
			.select("Purpose", "For decision")
			.check("Exempt: not for publication (confidential)", true)
			.select("Reason for exemption", "paragraph 1 of Schedule 12A, information relating to any individual")
			.fillIn("Summary", "Confidential summary " + marker)
			.clickButton("Add item");
		assertThat(browser.text()).contains("1. Improvement activity across the boards " + marker, "2. Confidential staffing matter " + marker);

		browser.clickLink("Change item 1");
		assertThat(browser.heading()).isEqualTo("Change an agenda item");
		assertThat(browser.valueOf("Title")).isEqualTo("Improvement activity across the boards " + marker);
		browser.fillIn("Recommendations", "That the Board notes the report.").clickButton("Save changes");
		assertThat(browser.text()).contains("The item has been changed.", "That the Board notes the report.");

		browser.clickButton("Publish the agenda");
		assertThat(browser.text()).contains("The agenda has been published.", "Published", "Published versions of the pack", "First publication.");

		browser.clickLink("Record the note of item 1")
			.select("Decision", "Noted")
			.fillIn("Minute", "Members noted the report " + marker)
			.clickButton("Save the note");
		browser.clickButton("Add action");
		assertThat(browser.errorSummary()).contains("Enter what is to be done", "Enter who is to do it");
		browser.select("Agenda item", "1. Improvement activity across the boards " + marker)
			.fillIn("Action", "Report back to the next meeting " + marker)
			.fillIn("Owner", "Officers")
			.fillIn("Due date", "2026-03-31")
			.clickButton("Add action");
		browser.clickButton("Publish the note of the meeting");
		assertThat(browser.text()).contains("The note of the meeting has been published.", "Members noted the report " + marker,
				"Report back to the next meeting " + marker);
		String meetingPath = browser.currentPath();

		browser.signOut().visit(meetingPath);
		assertThat(browser.text()).contains("Improvement activity across the boards " + marker, "Exempt item",
				"Members noted the report " + marker, "Report back to the next meeting " + marker)
			.doesNotContain("Confidential staffing matter", "Confidential summary");
		browser.visit("/actions?status=all");
		assertThat(browser.text()).contains("Report back to the next meeting " + marker);
		browser.visit("/boards/people-and-places-board");
		assertThat(browser.text()).contains("19 January 2026");
	}
}
