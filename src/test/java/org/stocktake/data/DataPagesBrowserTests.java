package org.stocktake.data;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The data pages in a real browser: the charts draw under the Content Security Policy, and axe-core finds no WCAG violations. */
@BrowserTest
@DisplayName("The data pages in a browser")
class DataPagesBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SavedReports reports;

	@Test
	@DisplayName("the measure page draws its chart from the page's JSON, beside the table")
	void chartDraws(Browser browser) {
		browser.visit("/data/measures/household-recycling-rate?period=2019/20&area=E08000007&group=region");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#benchmark-chart svg")).isEmpty());
		assertThat(browser.driver().findElements(By.cssSelector("#ranked tbody tr"))).hasSizeGreaterThan(30);
		browser.assertAccessible();
	}

	@ParameterizedTest(name = "{0} has no accessibility violations")
	@ValueSource(strings = { "/data", "/data?q=recycling&theme=waste", "/data/measures/household-recycling-rate?period=2019/20&area=E08000007&group=region",
			"/data/measures/imd-average-score", "/areas/E08000007/data", "/areas/E08000007", "/areas/E08000007/neighbours",
			"/areas/E08000007/neighbours?model=stocktake-context", "/data/neighbour-models", "/data/reports" })
	void axeClean(String path, Browser browser) {
		browser.visit(path);
		browser.assertAccessible();
	}

	@Test
	@DisplayName("a saved report for a council draws its spider chart beside the table")
	void spiderChartDraws(Browser browser) {
		SavedReport report = reports.all().stream().filter(r -> r.name().startsWith("Adult social care outcomes")).findFirst().orElseThrow();
		browser.visit("/data/reports/" + report.id()).select("Council", "Stockport").clickButton("Show");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#spider-chart svg")).isEmpty());
		assertThat(browser.text()).contains("Stockport compared with");
		browser.assertAccessible();
	}

	@Test
	@DisplayName("an officer's new report form shows what is wrong, accessibly")
	void reportFormErrors(Browser browser) {
		browser.signInAs(new TestUsers(context).create(Role.OFFICER)).visit("/data/reports/new").clickButton("Save report");
		assertThat(browser.errorSummary()).contains("Enter a name for the report", "Choose at least one measure");
		browser.assertAccessible();
	}
}
