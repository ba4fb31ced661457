package org.stocktake.boards;

import java.time.LocalDate;

/**
 * A paper, decision or action that matches a search, with a passage around the words found.
 * {@code kind} is {@code PAPER}, {@code DECISION} or {@code ACTION}; in the snippet the words found
 * are between « and ».
 */
public record SearchResult(String kind, long meetingId, String boardSlug, String boardName, LocalDate meetingDate, Integer itemNumber,
		String title, String snippet, double rank) {

	/** A run of the snippet's text, and whether it is a word found. */
	public record Part(String text, boolean found) {
	}

	public java.util.List<Part> parts() {
		java.util.List<Part> parts = new java.util.ArrayList<>();
		String s = snippet == null ? "" : snippet;
		int at = 0;
		while (at < s.length()) {
			int open = s.indexOf('«', at);
			int close = open < 0 ? -1 : s.indexOf('»', open);
			if (open < 0 || close < 0) {
				parts.add(new Part(s.substring(at), false));
				break;
			}
			if (open > at) {
				parts.add(new Part(s.substring(at, open), false));
			}
			parts.add(new Part(s.substring(open + 1, close), true));
			at = close + 1;
		}
		return parts;
	}

	public String plainSnippet() {
		return snippet == null ? "" : snippet.replace("«", "").replace("»", "");
	}
}
