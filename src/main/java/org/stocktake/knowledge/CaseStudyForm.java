package org.stocktake.knowledge;

import java.util.List;

/**
 * What a council or an officer enters for a case study. Lists arrive as text from forms (one item a
 * line or comma-separated) and as arrays from JSON; money and dates as text, checked by the library.
 */
public record CaseStudyForm(String title, String summary, String body, String problem, String approach, String outcomes, String savings,
		String income, String peopleHelped, List<String> themes, String serviceAreas, String councils, String measures, String contact,
		String source, String sourceUrl, String startedOn, String publishedOn) {

	public static CaseStudyForm empty() {
		return new CaseStudyForm("", "", "", "", "", "", "", "", "", List.of(), "", "", "", "", "", "", "", "");
	}
}
