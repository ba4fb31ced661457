package org.stocktake.knowledge.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Cleans submitted rich text to a safelist (no scripts, styles, event handlers or images), and its plain text for search. */
public final class RichText {

	private static final Safelist SAFELIST = Safelist.basic().addTags("h2", "h3", "h4").removeTags("span");

	private RichText() {
	}

	public static String clean(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, "", SAFELIST, out);
	}

	public static String text(String cleanHtml) {
		return cleanHtml.isEmpty() ? "" : Jsoup.parseBodyFragment(cleanHtml).text();
	}
}
