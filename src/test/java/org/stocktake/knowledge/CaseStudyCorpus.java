package org.stocktake.knowledge;

import java.util.List;

/**
 * A small library written for the tests: realistic in wording and spread of topics so that ranking,
 * typos and filters are tried on text like the real library's, but invented — no statement here is
 * about what any council did. Each load gets its own {@code source}, so a test sees only its own.
 */
final class CaseStudyCorpus {

	record Entry(String key, String title, String summary, String approach, String outcomes, List<String> themes, List<String> councils,
			Long savings, String publishedOn) {
	}

	static final List<Entry> ENTRIES = List.of(
			new Entry("food-waste", "Weekly food waste collections raise recycling rates",
					"A district introduced separate weekly food waste collections and cut residual waste sent to landfill.",
					"Caddies were given to every household and rounds were redesigned around the new service.",
					"The recycling rate rose by nine percentage points and disposal costs fell.", List.of("Environment and waste"),
					List.of("E07000008"), 420_000L, "2015-06-01"),
			new Entry("garden-waste", "Charging for garden waste collection",
					"An opt-in subscription for garden waste collection generates income while keeping recycling high.",
					"Residents subscribe online; bins are tagged and rounds planned by subscription.",
					"Income covers the cost of the service.", List.of("Environment and waste", "Income generation"), List.of("E07000009"),
					150_000L, "2016-02-10"),
			new Entry("shared-ceo", "Two districts share a chief executive and management team",
					"Neighbouring district councils appointed a single chief executive and merged their senior management.",
					"A joint committee agreed the business case; staff were consulted on a shared structure.",
					"Management costs fell by a third across both councils.", List.of("Shared services", "Transformation"),
					List.of("E07000201", "E07000204"), 1_200_000L, "2014-11-20"),
			new Entry("reablement", "Reablement keeps older people living independently",
					"Short-term reablement after hospital discharge reduced the need for long-term adult social care packages.",
					"Therapists and home care workers formed one reablement team working with the hospital discharge team.",
					"Fewer people needed long-term care six months after discharge.", List.of("Adult social care", "Health and social care integration"),
					List.of("E08000007"), 2_300_000L, "2015-09-15"),
			new Entry("energy", "Collective energy switching for residents",
					"Residents were offered a collective switching scheme to reduce household energy bills.",
					"The council ran registration events in libraries and by phone for residents without internet access.",
					"Households that switched saved on average £200 a year.", List.of("Energy"), List.of("E06000023"), null, "2015-03-01"),
			new Entry("property", "Co-locating public services in a single civic hub",
					"Council, police and health services moved into one building, releasing surplus property for sale.",
					"An asset review identified buildings to dispose of; partners agreed a shared occupancy model.",
					"Capital receipts from disposals and lower running costs.", List.of("Property and assets"), List.of("E10000014", "E07000094"),
					800_000L, "2016-01-05"),
			new Entry("digital", "Moving council tax transactions online",
					"A digital self-service portal let residents manage council tax and benefits online.",
					"Forms were redesigned with residents and the contact centre promoted the online route.",
					"Phone calls fell by 40 per cent.", List.of("Digital"), List.of("E09000003"), 95_000L, "2014-05-12"),
			new Entry("troubled-families", "Early help for troubled families",
					"A keyworker model coordinated support for families with multiple problems.",
					"Each family had one keyworker drawing on children's services, housing and health.",
					"Fewer children entered care and school attendance improved.", List.of("Children's services"), List.of("E08000035"),
					600_000L, "2015-11-30"),
			new Entry("homelessness", "Preventing homelessness through early intervention",
					"The housing options team worked with landlords to prevent evictions before crisis.",
					"A landlord liaison officer and a prevention fund were set up.",
					"Use of temporary accommodation halved.", List.of("Housing"), List.of("E06000018"), 350_000L, "2016-03-01"),
			new Entry("procurement", "Joint procurement of highways maintenance",
					"Four councils procured highways maintenance through a single framework contract.",
					"A lead council ran the procurement on behalf of the partners.",
					"Lower rates from contractors and less duplication of tendering.", List.of("Procurement", "Shared services"),
					List.of("E10000007", "E06000015"), 1_500_000L, "2015-07-07"),
			new Entry("leisure", "Leisure centres transferred to a trust",
					"Leisure centres moved to a not-for-profit trust, reducing the council's subsidy.",
					"An options appraisal and staff transfer under TUPE.", "Subsidy reduced each year of the contract.",
					List.of("Culture and leisure"), List.of("E08000021"), 300_000L, "2014-09-09"),
			new Entry("food-waste-2", "Food waste recycling in flats",
					"Communal food waste bins in blocks of flats increased participation in recycling.",
					"Estate caretakers championed the scheme and residents received kitchen caddies.",
					"Food waste tonnage collected from flats doubled.", List.of("Environment and waste"), List.of("E09000008"), 60_000L,
					"2016-01-20"));

	private CaseStudyCorpus() {
	}
}
