package org.stocktake.oversight;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The watchlist in a browser; every page on the way is checked for accessibility. */
@BrowserTest
@DisplayName("The watchlist in a browser")
class WatchlistJourneyTests {

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("an officer filters the watchlist, saves the filters as a shared view and opens an authority's reasons")
	void filterAndSave(Browser browser) {
		browser.signInAs(new TestUsers(context).create(Role.OFFICER)).visit("/oversight/watchlist");
		assertThat(browser.heading()).isEqualTo("Watchlist");
		browser.select("Region", "North West").select("Sort by", "Name").clickButton("Apply filters");
		assertThat(browser.currentPath()).contains("region=E12000002", "sort=name");
		browser.clickButton("Save view");
		assertThat(browser.errorSummary()).contains("Enter a name for the view");
		String name = "North West A to Z " + System.nanoTime();
		browser.fillIn("Save these filters as", name).check("Share with colleagues", true).clickButton("Save view");
		assertThat(browser.text()).contains("The view " + name + " has been saved.");
		assertThat(browser.currentPath()).contains("region=E12000002");
		browser.clickLink("Stockport");
		assertThat(browser.text()).contains("On the watchlist", "Rank ");
		assertThat(browser.table("watchlist-signals")).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	@DisplayName("an admin sees each bad weight named, and the page keeps what was typed")
	void weights(Browser browser) {
		browser.signInAsAdmin().visit("/oversight/watchlist/weights");
		assertThat(browser.heading()).isEqualTo("Watchlist weights");
		browser.driver().findElement(org.openqa.selenium.By.id("weight-peer-challenge")).clear();
		browser.driver().findElement(org.openqa.selenium.By.id("weight-peer-challenge")).sendKeys("101");
		browser.clickButton("Save weights");
		assertThat(browser.errorSummary()).contains("The weight must be from 0 to 100");
		assertThat(browser.driver().findElement(org.openqa.selenium.By.id("weight-peer-challenge")).getAttribute("value")).isEqualTo("101");
	}
}
