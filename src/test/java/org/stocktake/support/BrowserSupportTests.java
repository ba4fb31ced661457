package org.stocktake.support;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The browser helpers themselves: the scan really runs on every page, and really fails. */
@BrowserTest
class BrowserSupportTests {

	@Test
	@DisplayName("every page a test visits is scanned")
	void scansEveryPageVisited(Browser browser) {
		browser.visit("/").clickLink("Find an authority");
		assertThat(browser.scannedPages()).contains("/", "/areas");
	}

	@Test
	@DisplayName("a page with a WCAG violation fails the test with the rule, impact, target and help address")
	void failsOnAViolation(Browser browser) {
		browser.driver().get("data:text/html,<html lang='en'><head><title>t</title></head><body><main><h1>t</h1><img src='x.png'></main></body></html>");
		assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt")
			.hasMessageContaining("[critical]")
			.hasMessageContaining("img")
			.hasMessageContaining("https://dequeuniversity.com/rules/axe/");
	}
}
