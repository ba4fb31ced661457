package org.stocktake.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.support.StocktakeTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The data pages in a real browser: the chart draws under the Content Security Policy, and axe-core finds no WCAG violations. */
@StocktakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The data pages in a browser")
class DataPagesBrowserTests {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeAll
	void browser() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
				"Debian's chromium and chromium-driver are needed for browser tests");
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
					"--user-data-dir=" + Files.createTempDirectory("chromium-data"));
		browser = new ChromeDriver(options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	@DisplayName("the measure page draws its chart from the page's JSON, beside the table")
	void chartDraws() {
		browser.get("http://localhost:" + port + "/data/measures/household-recycling-rate?period=2019/20&area=E08000007&group=region");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#benchmark-chart svg")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("#ranked tbody tr"))).hasSizeGreaterThan(30);
	}

	@ParameterizedTest(name = "{0} has no accessibility violations")
	@ValueSource(strings = { "/data", "/data?q=recycling&theme=waste", "/data/measures/household-recycling-rate?period=2019/20&area=E08000007&group=region",
			"/data/measures/imd-average-score", "/areas/E08000007/data", "/areas/E08000007" })
	void axeClean(String path) {
		browser.get("http://localhost:" + port + path);
		// WCAG 2.2 A and AA rules; the best-practice "region" rule flags the shared layout's phase banner, which is the platform's
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(browser);
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
			.map(n -> String.valueOf(n.getTarget())).limit(3).toList()).toList().toString()).isEmpty();
	}
}
