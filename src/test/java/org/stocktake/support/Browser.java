package org.stocktake.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.Select;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium driven the way a person uses Stocktake: by visible labels and button
 * texts. <strong>Every HTML page the browser arrives at is scanned with axe-core</strong> (WCAG 2.0,
 * 2.1 and 2.2, A and AA): a listener scans each new document after any navigation, click or submit,
 * and the helpers here (and the end of every test) fail with the full report if any page had a
 * violation. Use {@link #driver()} for anything the helpers do not cover; pages it reaches are
 * scanned too.
 */
public final class Browser implements AutoCloseable {

	private static final String SCANNED = "window.__stocktakeScanned";

	private final WebDriver raw;
	private final WebDriver driver;
	private final String base;
	private final List<String> violations = new ArrayList<>();
	private final Set<String> scannedPages = new LinkedHashSet<>();

	private final String adminUsername;
	private final String adminPassword;

	Browser(String base, String adminUsername, String adminPassword) {
		this.base = base;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("stocktake.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
				"--window-size=1280,1024", "--lang=en-GB", "--user-data-dir=" + tempProfile());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File(System.getProperty("stocktake.chromedriver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		this.raw = new ChromeDriver(service, options);
		raw.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
		this.driver = new EventFiringDecorator<>(new ScanEveryPage()).decorate(raw);
	}

	/** The WebDriver, decorated so every page it reaches is scanned. */
	public WebDriver driver() {
		return driver;
	}

	public String url(String path) {
		return base + path;
	}

	// ---- navigation --------------------------------------------------------------------------

	/** Opens {@code path} (like {@code /areas?q=Stockport}) and scans it. */
	public Browser visit(String path) {
		driver.get(base + path);
		return checked();
	}

	/** The path and query of the page shown, like {@code /areas?q=Stockport}. */
	public String currentPath() {
		String url = driver.getCurrentUrl();
		return url.startsWith(base) ? url.substring(base.length()) : url;
	}

	// ---- signing in ---------------------------------------------------------------------------

	public Browser signIn(String username, String password) {
		visit("/sign-in");
		fillIn("Username", username);
		fillIn("Password", password);
		return clickButton("Sign in");
	}

	public Browser signInAs(TestUser user) {
		return signIn(user.username(), user.password());
	}

	/** Signs in as the first admin, whose name and password application-test.yml sets. */
	public Browser signInAsAdmin() {
		return signIn(adminUsername, adminPassword);
	}

	/** Forgets the session (and every cookie), so the next page is seen as the public sees it. */
	public Browser signOut() {
		driver.manage().deleteAllCookies();
		return this;
	}

	// ---- forms --------------------------------------------------------------------------------

	/** Types {@code value} into the text input, textarea or password field labelled {@code label}. */
	public Browser fillIn(String label, String value) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Chooses the option with the visible text {@code option} in the select labelled {@code label}. */
	public Browser select(String label, String option) {
		new Select(field(label)).selectByVisibleText(option);
		return this;
	}

	/** Ticks (or unticks) the checkbox or radio labelled {@code label}. */
	public Browser check(String label, boolean checked) {
		WebElement box = field(label);
		if (box.isSelected() != checked) {
			((JavascriptExecutor) raw).executeScript("arguments[0].click()", box);
		}
		return this;
	}

	/** Attaches a file to the file input labelled {@code label}. */
	public Browser attach(String label, Path file) {
		field(label).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** The field that the label with this exact text (ignoring surrounding space) is for. */
	public WebElement field(String label) {
		List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
		if (labels.isEmpty()) {
			throw new NoSuchElementException("No label '" + label + "' on " + currentPath() + "; labels are " + texts(By.tagName("label")));
		}
		String id = labels.get(0).getAttribute("for");
		return driver.findElement(By.id(id));
	}

	/** The value of the field labelled {@code label}. */
	public String valueOf(String label) {
		return field(label).getDomProperty("value");
	}

	// ---- clicking -----------------------------------------------------------------------------

	/** Clicks the button whose visible text, or whole text including visually hidden words, is {@code text}. */
	public Browser clickButton(String text) {
		button(text).click();
		return checked();
	}

	/** Clicks the first link with exactly this visible text. */
	public Browser clickLink(String text) {
		List<WebElement> links = driver.findElements(By.xpath("//a[normalize-space(.)=" + xpathLiteral(text) + "]"));
		if (links.isEmpty()) {
			throw new NoSuchElementException("No link '" + text + "' on " + currentPath());
		}
		links.get(0).click();
		return checked();
	}

	public WebElement button(String text) {
		for (WebElement b : driver.findElements(By.cssSelector("button, input[type=submit]"))) {
			String visible = b.getTagName().equals("input") ? b.getAttribute("value") : b.getText();
			String whole = b.getTagName().equals("input") ? visible : b.getDomProperty("textContent");
			if (text.equals(visible == null ? null : visible.trim()) || (whole != null && text.equals(whole.replaceAll("\\s+", " ").trim()))) {
				return b;
			}
		}
		throw new NoSuchElementException("No button '" + text + "' on " + currentPath() + "; buttons are "
				+ texts(By.cssSelector("button, input[type=submit]")));
	}

	// ---- reading the page ---------------------------------------------------------------------

	/** The text of the page's h1. */
	public String heading() {
		return driver.findElement(By.tagName("h1")).getText().trim();
	}

	/** The whole visible text of the page's main content. */
	public String text() {
		List<WebElement> main = driver.findElements(By.tagName("main"));
		return (main.isEmpty() ? driver.findElement(By.tagName("body")) : main.get(0)).getText();
	}

	/** The messages in the GOV.UK error summary, or an empty list when there is none. */
	public List<String> errorSummary() {
		return texts(By.cssSelector(".govuk-error-summary__list li"));
	}

	/** The inline GOV.UK error message of the field labelled {@code label} (without "Error:"). */
	public String inlineError(String label) {
		WebElement field = field(label);
		WebElement message = driver.findElement(By.id(field.getAttribute("id") + "-error"));
		return message.getText().replaceFirst("^Error:\\s*", "").trim();
	}

	public List<String> texts(By by) {
		return driver.findElements(by).stream().map(e -> e.getText().trim()).toList();
	}

	/** The cells of the table with this id, row by row (header row excluded). */
	public List<List<String>> table(String id) {
		return driver.findElements(By.cssSelector("#" + id + " tbody tr"))
			.stream()
			.map(row -> row.findElements(By.cssSelector("td, th")).stream().map(c -> c.getText().trim()).toList())
			.toList();
	}

	// ---- accessibility ------------------------------------------------------------------------

	/** Scans the current page now, if it has not been scanned yet, and fails on any violation so far. */
	public Browser checked() {
		scanIfNew();
		assertAccessible();
		return this;
	}

	/** Fails with the report of every violation found on any page since the last check. */
	public void assertAccessible() {
		if (!violations.isEmpty()) {
			String report = String.join("\n", violations);
			violations.clear();
			throw new AssertionError("WCAG 2.2 A/AA violations found by axe-core:\n" + report);
		}
	}

	/** Every page (path) scanned by this browser, in order. */
	public Set<String> scannedPages() {
		return scannedPages;
	}

	void scanIfNew() {
		try {
			JavascriptExecutor js = (JavascriptExecutor) raw;
			if (Boolean.TRUE.equals(js.executeScript("return " + SCANNED + " === true")) || !AccessibilityScan.isHtml(raw)) {
				return;
			}
			String page = currentPathOf(raw);
			List<String> found = AccessibilityScan.violations(raw);
			js.executeScript(SCANNED + " = true");
			scannedPages.add(page);
			if (!found.isEmpty()) {
				violations.add("On " + page + " (" + raw.getTitle() + "):\n  " + String.join("\n  ", found));
			}
		}
		catch (org.openqa.selenium.UnhandledAlertException | org.openqa.selenium.NoSuchWindowException ex) {
			// nothing to scan
		}
	}

	private String currentPathOf(WebDriver d) {
		String url = d.getCurrentUrl();
		return url.startsWith(base) ? url.substring(base.length()) : url;
	}

	/** Public because Selenium calls it reflectively. */
	public final class ScanEveryPage implements WebDriverListener {

		@Override
		public void afterGet(WebDriver d, String url) {
			scanIfNew();
		}

		@Override
		public void afterClick(WebElement element) {
			scanIfNew();
		}

		@Override
		public void afterSubmit(WebElement element) {
			scanIfNew();
		}

		@Override
		public void afterBack(WebDriver.Navigation navigation) {
			scanIfNew();
		}

		@Override
		public void afterForward(WebDriver.Navigation navigation) {
			scanIfNew();
		}

		@Override
		public void afterRefresh(WebDriver.Navigation navigation) {
			scanIfNew();
		}

		@Override
		public void afterTo(WebDriver.Navigation navigation, String url) {
			scanIfNew();
		}
	}

	/** Starts each test from a clean state: no cookies, no pending violations. */
	void reset() {
		violations.clear();
		raw.manage().deleteAllCookies();
	}

	@Override
	public void close() {
		raw.quit();
	}

	private static String tempProfile() {
		try {
			Path dir = java.nio.file.Files.createTempDirectory("stocktake-chromium-");
			dir.toFile().deleteOnExit();
			return dir.toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static String xpathLiteral(String s) {
		if (!s.contains("'")) {
			return "'" + s + "'";
		}
		return "concat('" + s.replace("'", "', \"'\", '") + "')";
	}

	/** Asserts the page heading, for readable tests. */
	public Browser shows(String heading) {
		assertThat(heading()).isEqualTo(heading);
		return this;
	}
}
