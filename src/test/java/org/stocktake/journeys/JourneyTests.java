package org.stocktake.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.platform.security.UserAdministration.AccountDetails;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.TestUsers;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/** What people do with Stocktake, in a real browser; every page on the way is checked for accessibility. */
@BrowserTest
@DisplayName("Journeys in a browser")
class JourneyTests {

	@Autowired
	ApplicationContext context;

	TestUser newUser(Role role) {
		return new TestUsers(context).create(role);
	}

	@Nested
	@DisplayName("signing in")
	class SigningIn {

		@Test
		@DisplayName("the first admin signs in with the account from the environment")
		void admin(Browser browser) {
			browser.signInAsAdmin().visit("/account");
			assertThat(browser.text()).contains("test-admin");
		}

		@Test
		@DisplayName("a user signs in and sees their account")
		void user(Browser browser) {
			TestUser officer = newUser(Role.OFFICER);
			browser.signInAs(officer).visit("/account").shows("Your account");
			assertThat(browser.text()).contains(officer.username());
		}

		@Test
		@DisplayName("a wrong password shows the GOV.UK error summary")
		void wrongPassword(Browser browser) {
			browser.signIn(newUser(Role.OFFICER).username(), "not-my-password");
			assertThat(browser.currentPath()).isEqualTo("/sign-in?error");
			assertThat(browser.errorSummary()).containsExactly("The username or password is not right");
		}

		@Test
		@DisplayName("an admin with a one-time password must choose a new one before anything else")
		void forcedPasswordChange(Browser browser) {
			String name = "first-admin-" + System.nanoTime();
			String oneTime = context.getBean(UserAdministration.class)
				.create(new AccountDetails(name, "First Admin", name + "@example.org", Role.ADMIN, null, true));
			browser.signIn(name, oneTime);
			assertThat(browser.currentPath()).startsWith("/account/password");
			assertThat(browser.text()).contains("You signed in with a one-time password. Choose your own password to continue.");
			browser.visit("/admin/users");
			assertThat(browser.currentPath()).as("other pages wait for the new password").startsWith("/account/password");
			browser.fillIn("Current password", oneTime).fillIn("New password", "short").fillIn("Confirm new password", "short")
				.clickButton("Change password");
			assertThat(browser.errorSummary()).isNotEmpty();
			browser.fillIn("Current password", oneTime).fillIn("New password", "a-long-chosen-password")
				.fillIn("Confirm new password", "a-long-chosen-password").clickButton("Change password");
			assertThat(browser.currentPath()).isEqualTo("/account");
			browser.visit("/admin/users");
			assertThat(browser.currentPath()).isEqualTo("/admin/users");
		}
	}

	@Nested
	@DisplayName("finding an authority")
	class Finding {

		@Test
		@DisplayName("by name, then opening its page with its parent, groups and facts")
		void byName(Browser browser) {
			browser.visit("/").clickLink("Find an authority");
			browser.fillIn("Name or code", "Stockport").clickButton("Search");
			assertThat(browser.table("results")).anySatisfy(row -> assertThat(row).startsWith("Stockport", "E08000007"));
			browser.clickLink("Stockport");
			assertThat(browser.currentPath()).isEqualTo("/areas/E08000007");
			assertThat(browser.heading()).contains("Stockport");
			assertThat(browser.text()).contains("Groups it belongs to", "Greater Manchester");
		}

		@Test
		@DisplayName("by code")
		void byCode(Browser browser) {
			browser.visit("/areas").fillIn("Name or code", "E07000026").select("Status", "All").clickButton("Search");
			assertThat(browser.table("results").get(0)).as("the exact code comes first").startsWith("Allerdale", "E07000026");
			browser.clickLink("Allerdale");
			assertThat(browser.text()).contains("This authority no longer exists.", "County", "Cumbria", "Replaced by", "Cumberland");
		}

		@Test
		@DisplayName("filtered by type and region")
		void byTypeAndRegion(Browser browser) {
			browser.visit("/areas").select("Type", "Metropolitan district").select("Region", "North West").clickButton("Search");
			List<List<String>> rows = browser.table("results");
			assertThat(rows).hasSize(15).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("North West"));
			assertThat(browser.text()).contains("15");
		}

		@Test
		@DisplayName("a county's page lists its districts")
		void children(Browser browser) {
			browser.visit("/areas?q=Kent&type=COUNTY").clickLink("Kent");
			assertThat(browser.text()).contains("Districts in this county", "Maidstone", "Tunbridge Wells");
		}
	}

	@Nested
	@DisplayName("groups")
	class Groups {

		@Test
		@DisplayName("an officer creates, edits and deletes a group of their own")
		void officerManagesAGroup(Browser browser) {
			browser.signInAs(newUser(Role.OFFICER)).visit("/groups/new");
			browser.clickButton("Save group");
			assertThat(browser.errorSummary()).as("an empty form is refused").isNotEmpty();
			String name = "Journey group " + System.nanoTime();
			browser.fillIn("Name", name).select("Kind of group", "User-defined group").fillIn("Description (optional)", "Made by a test")
				.fillIn("Members", "E08000007\nE08000003")
				.clickButton("Save group");
			assertThat(browser.heading()).isEqualTo(name);
			assertThat(browser.text()).contains("Stockport", "Manchester");
			String groupPath = browser.currentPath();

			browser.clickLink("Edit this group");
			browser.fillIn("Members", "E08000007").clickButton("Save group");
			assertThat(browser.text()).contains("Stockport").doesNotContain("E08000003");

			browser.visit(groupPath + "/delete").clickButton("Delete this group");
			browser.visit(groupPath);
			assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Made by a test");
		}
	}

	@Nested
	@DisplayName("importing the register")
	class Importing {

		@Test
		@DisplayName("an officer uploads the register, sees the preview and confirms it")
		void uploadPreviewConfirm(Browser browser, @TempDir Path dir) throws IOException {
			Path file = dir.resolve("uk_local_authorities_current.csv");
			Files.write(file, new org.springframework.core.io.ClassPathResource("demo/register/uk_local_authorities_current.csv").getContentAsByteArray());
			browser.signInAs(newUser(Role.OFFICER)).visit("/register/import");
			browser.clickButton("Check the file");
			assertThat(browser.errorSummary()).as("no file chosen").isNotEmpty();
			browser.attach("CSV file", file).clickButton("Check the file");
			assertThat(browser.heading()).isEqualTo("Check the import before it is made");
			assertThat(browser.text()).contains("402");
			browser.clickButton("Import");
			assertThat(browser.heading()).isEqualTo("Register imported");
		}

		@Test
		@DisplayName("a file with problems is shown row by row and cannot be confirmed")
		void problemsListed(Browser browser, @TempDir Path dir) throws IOException {
			Path file = dir.resolve("bad.csv");
			Files.writeString(file, "local-authority-code,official-name,nice-name,gss-code,local-authority-type\nSKP,Stockport MBC,Stockport,E0800007,MD\n");
			browser.signInAs(newUser(Role.OFFICER)).visit("/register/import").attach("CSV file", file).clickButton("Check the file");
			assertThat(browser.heading()).isEqualTo("The file bad.csv cannot be imported");
			assertThat(browser.table("problems")).containsExactly(
					List.of("2", "gss-code", "E0800007", "A GSS code is a letter E, W, S or N followed by eight digits, like E07000223"));
			assertThat(browser.driver().findElements(By.xpath("//button[normalize-space(.)='Import']"))).isEmpty();
		}
	}

	@Nested
	@DisplayName("account")
	class Account {

		@Test
		@DisplayName("a user creates an access token, sees it once, and revokes it")
		void tokens(Browser browser) {
			browser.signInAs(newUser(Role.COUNCIL)).visit("/account");
			browser.fillIn("Name of the new token", "journey script").fillIn("Expires after (days)", "30").clickButton("Create token");
			String token = browser.driver().findElement(By.id("new-token")).getText();
			assertThat(token).startsWith("stk_");
			assertThat(browser.text()).contains("journey script");
			browser.clickButton("Revoke journey script");
			assertThat(browser.driver().findElements(By.id("new-token"))).isEmpty();
		}
	}
}
