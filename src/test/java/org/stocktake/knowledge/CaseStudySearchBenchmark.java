package org.stocktake.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.knowledge.internal.CaseStudyRepository;
import org.stocktake.knowledge.internal.CaseStudySearchQuery;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.register.Region;
import org.stocktake.support.StocktakeTest;

/**
 * The search benchmark (issue 11: under 100 ms at 10,000 case studies). Not part of the test suite
 * (its name does not end in Tests); run it with
 * {@code ./mvnw -o test -Dtest=CaseStudySearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>It loads a SYNTHETIC BENCHMARK CORPUS of 10,000 published case studies, generated from a fixed
 * seed out of local-government phrases (no council is named; every row's source says it is
 * synthetic), runs a fixed mix of searches through the library's own search (words, misspelt words,
 * filters, sorting, highlighting of the page of 20) and writes the timings to
 * {@code target/benchmark/case-study-search.txt}. The corpus is deleted afterwards.
 */
@StocktakeTest
class CaseStudySearchBenchmark {

	static final String SOURCE = "SYNTHETIC BENCHMARK CORPUS";
	static final int SIZE = 10_000;

	static final String[] TOPICS = { "food waste", "garden waste", "recycling", "reablement", "home care", "hospital discharge", "early help",
			"troubled families", "homelessness prevention", "temporary accommodation", "council tax", "business rates", "digital self-service",
			"contact centre", "shared chief executive", "joint management team", "highways maintenance", "street lighting", "leisure trust",
			"library services", "energy switching", "solar panels", "civic hub", "asset disposal", "procurement framework", "commercial income",
			"public health", "smoking cessation", "school transport", "special educational needs", "fostering recruitment", "apprenticeships",
			"planning applications", "building control", "revenues and benefits", "parking enforcement", "flood defences", "air quality" };
	static final String[] ACTIONS = { "redesigned", "shared", "commissioned", "moved online", "brought in-house", "outsourced", "integrated",
			"automated", "co-located", "transformed" };
	static final String[] OUTCOMES = { "reduced costs", "generated income", "improved satisfaction", "cut waiting times", "helped more residents",
			"reduced demand", "raised performance", "saved officer time" };
	static final String[] THEMES = CaseStudies.THEMES.toArray(String[]::new);
	static final String[] TYPES = { "COUNTY", "NON_METROPOLITAN_DISTRICT", "UNITARY", "METROPOLITAN_DISTRICT", "LONDON_BOROUGH" };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseStudySearchQuery search;

	@Autowired
	CaseStudyRepository repository;

	record Run(String label, CaseStudySearch search) {
	}

	@Test
	void searchesTenThousandCaseStudies() throws IOException {
		jdbc.sql("delete from case_study where source = ?").param(SOURCE).update();
		try {
			long loadStarted = System.nanoTime();
			load();
			long loadMs = (System.nanoTime() - loadStarted) / 1_000_000;
			jdbc.sql("analyze case_study").update();
			List<Run> runs = List.of(new Run("one word", s("recycling", null, null, null)),
					new Run("three words", s("hospital discharge reablement", null, null, null)),
					new Run("phrase-like", s("shared chief executive", null, null, null)),
					new Run("misspelt word", s("recyclng", null, null, null)),
					new Run("two misspelt words", s("homelesness prevenion", null, null, null)),
					new Run("words + theme", s("income", "Income generation", null, null)),
					new Run("words + region", s("energy", null, Region.NORTH_WEST, null)),
					new Run("words + sort by savings", s("waste", null, null, CaseStudySearch.Sort.SAVINGS)),
					new Run("filter only (theme)", s(null, "Housing", null, null)),
					new Run("no words, newest", s(null, null, null, null)),
					new Run("common word", s("council", null, null, null)),
					new Run("no match", s("zeppelin", null, null, null)));
			for (int i = 0; i < 3; i++) {
				runs.forEach(r -> search.search(r.search(), new PageRequest(0, 20)));
			}
			StringBuilder report = new StringBuilder();
			report.append("Case-study search benchmark, ").append(SIZE).append(" case studies (").append(SOURCE)
				.append(", fixed seed), page of 20 with highlighting, through CaseStudySearchQuery.search\n");
			report.append("corpus load: ").append(loadMs).append(" ms; cores: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
			report.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %8s%n", "query", "hits", "median", "p95", "max"));
			double worstP95 = 0;
			List<Double> all = new ArrayList<>();
			for (Run r : runs) {
				double[] ms = new double[25];
				long hits = 0;
				for (int i = 0; i < ms.length; i++) {
					long t = System.nanoTime();
					hits = search.search(r.search(), new PageRequest(0, 20)).page().totalItems();
					ms[i] = (System.nanoTime() - t) / 1e6;
					all.add(ms[i]);
				}
				Arrays.sort(ms);
				double p95 = ms[(int) Math.ceil(0.95 * ms.length) - 1];
				worstP95 = Math.max(worstP95, p95);
				report.append(String.format(Locale.ROOT, "%-26s %8d %8.1f %8.1f %8.1f%n", r.label(), hits, ms[ms.length / 2], p95, ms[ms.length - 1]));
			}
			all.sort(Double::compare);
			report.append(String.format(Locale.ROOT, "all %d searches: median %.1f ms, p95 %.1f ms; worst query p95 %.1f ms (target < 100 ms)%n",
					all.size(), all.get(all.size() / 2), all.get((int) Math.ceil(0.95 * all.size()) - 1), worstP95));
			Path out = Path.of("target/benchmark/case-study-search.txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			System.out.println(report);
		}
		finally {
			jdbc.sql("delete from case_study where source = ?").param(SOURCE).update();
		}
	}

	static CaseStudySearch s(String q, String theme, Region region, CaseStudySearch.Sort sort) {
		return new CaseStudySearch(q, theme, null, region, null, null, null, sort);
	}

	private void load() {
		Random random = new Random(20160119L);
		java.util.Set<String> vocabulary = new java.util.HashSet<>();
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < SIZE; i++) {
			String topic = pick(random, TOPICS);
			String other = pick(random, TOPICS);
			String title = capital(topic) + " " + pick(random, ACTIONS) + " and " + pick(random, OUTCOMES) + " (synthetic " + i + ")";
			String summary = "A council " + pick(random, ACTIONS) + " its " + topic + " service with partners and " + pick(random, OUTCOMES)
					+ "; the work also touched " + other + ".";
			String approach = "Officers " + pick(random, ACTIONS) + " " + other + " and " + pick(random, ACTIONS) + " " + topic + " over two years.";
			String outcomes = "The council " + pick(random, OUTCOMES) + " and " + pick(random, OUTCOMES) + ".";
			String body = (summary + " " + approach + " ").repeat(1 + random.nextInt(4));
			String theme = pick(random, THEMES);
			String region = Region.values()[random.nextInt(Region.values().length)].code();
			String type = pick(random, TYPES);
			long savings = random.nextInt(3) == 0 ? 0 : 10_000L * random.nextInt(300);
			java.time.LocalDate published = java.time.LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
			batch.add(new Object[] { title, summary, body, approach, outcomes, savings == 0 ? null : java.math.BigDecimal.valueOf(savings),
					CaseStudyRepository.array(List.of(theme)), CaseStudyRepository.array(List.of(type)), CaseStudyRepository.array(List.of(region)), theme,
					SOURCE, published });
			for (String text : List.of(title, summary, approach, outcomes, theme)) {
				vocabulary.addAll(CaseStudySearchQuery.words(text));
			}
		}
		org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		template.batchUpdate("""
				insert into case_study (title, summary, body_html, body_text, approach, outcomes, savings_gbp, themes, area_types, regions, tags_text,
				  source, published_on, status)
				values (?, ?, '', ?, ?, ?, ?, ?::text[], ?::text[], ?::varchar[], ?, ?, ?, 'published')""", batch);
		repository.addWords(vocabulary);
	}

	@Autowired
	javax.sql.DataSource dataSource;

	static String pick(Random r, String[] from) {
		return from[r.nextInt(from.length)];
	}

	static String capital(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
