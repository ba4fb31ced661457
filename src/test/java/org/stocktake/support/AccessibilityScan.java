package org.stocktake.support;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page a browser shows, checking WCAG 2.0, 2.1 and 2.2 at levels A and AA,
 * and describes every violation so that a failing test says what to fix and where.
 */
public final class AccessibilityScan {

	/** The axe-core tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private AccessibilityScan() {
	}

	/** The report of the violations on the current page, or an empty list when there are none. */
	public static List<String> violations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
		if (results.isErrored()) {
			return List.of("axe-core could not scan " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<String> report = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			StringBuilder b = new StringBuilder();
			b.append("[").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ").append(rule.getHelp())
				.append(" (").append(rule.getHelpUrl()).append(")");
			for (CheckedNode node : rule.getNodes()) {
				b.append("\n      at ").append(node.getTarget()).append(": ").append(oneLine(node.getHtml()));
				if (node.getFailureSummary() != null) {
					b.append("\n         ").append(oneLine(node.getFailureSummary()));
				}
			}
			report.add(b.toString());
		}
		return report;
	}

	/** Whether the current document is an HTML page (not JSON, CSV or an image shown by the browser). */
	static boolean isHtml(WebDriver driver) {
		Object type = ((JavascriptExecutor) driver).executeScript("return document.contentType");
		return "text/html".equals(type);
	}

	private static String oneLine(String s) {
		String flat = s == null ? "" : s.replaceAll("\\s+", " ").trim();
		return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
	}
}
