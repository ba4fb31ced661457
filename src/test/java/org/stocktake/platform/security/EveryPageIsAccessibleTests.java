package org.stocktake.platform.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.AccessMatrixTests.Caller;
import org.stocktake.platform.security.AccessMatrixTests.Row;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.TestUsers;

/**
 * Every HTML page of the access matrix ({@code src/test/resources/access-matrix/*.csv}), opened in
 * Chromium by each role that may reach it and scanned by axe-core. A module that adds a page and
 * its matrix row gets this check for free.
 */
@BrowserTest
@DisplayName("Every page is accessible")
class EveryPageIsAccessibleTests {

	@Autowired
	ApplicationContext context;

	@TestFactory
	@DisplayName("every GET page, as every role that reaches it, has no WCAG 2.2 A/AA violation")
	Stream<DynamicContainer> everyPage(Browser browser) throws IOException {
		List<Row> pages = AccessMatrixTests.readRows().stream().filter(EveryPageIsAccessibleTests::isPage).toList();
		TestUsers users = new TestUsers(context);
		List<DynamicContainer> byRole = new ArrayList<>();
		for (Caller caller : Caller.values()) {
			List<DynamicTest> tests = new ArrayList<>();
			tests.add(DynamicTest.dynamicTest("sign in", () -> {
				browser.signOut();
				if (caller != Caller.ANONYMOUS) {
					browser.signInAs(users.create(Role.valueOf(caller.name())));
				}
			}));
			pages.stream().filter(p -> p.allowed().get(caller))
				.forEach(p -> tests.add(DynamicTest.dynamicTest(p.path(), () -> browser.visit(p.path()))));
			byRole.add(DynamicContainer.dynamicContainer("as " + caller.name().toLowerCase(), tests));
		}
		return byRole.stream();
	}

	static boolean isPage(Row row) {
		String path = row.pathOnly();
		return row.method().equals("GET") && !path.startsWith("/api/") && !path.endsWith(".csv") && !path.endsWith(".ics") && !path.startsWith("/actuator")
				&& !path.startsWith("/v3/") && !path.startsWith("/swagger-ui") && !path.equals("/error")
				&& AccessMatrixTests.STATIC_PREFIXES.stream().noneMatch(path::startsWith);
	}
}
