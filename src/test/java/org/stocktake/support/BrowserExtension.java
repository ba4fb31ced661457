package org.stocktake.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each top-level test class one Chromium (started on first use, closed after the class),
 * resets it before every test and, after every test, fails it if any page it reached had an
 * accessibility violation.
 */
final class BrowserExtension implements ParameterResolver, BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).reset();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = browser(context);
		if (context.getExecutionException().isEmpty()) {
			browser.scanIfNew();
			browser.assertAccessible();
		}
	}

	static Browser browser(ExtensionContext context) {
		ExtensionContext classContext = topLevelClass(context);
		return classContext.getStore(NAMESPACE).computeIfAbsent(Browser.class, k -> {
			ApplicationContext app = SpringExtension.getApplicationContext(context);
			String port = app.getEnvironment().getProperty("local.server.port");
			var env = app.getEnvironment();
			return new Browser("http://localhost:" + port, env.getProperty("stocktake.admin.username"),
					env.getProperty("stocktake.admin.password"));
		}, Browser.class);
	}

	private static ExtensionContext topLevelClass(ExtensionContext context) {
		ExtensionContext c = context;
		while (c.getParent().isPresent() && c.getParent().get().getParent().isPresent()) {
			c = c.getParent().get();
		}
		return c;
	}
}
