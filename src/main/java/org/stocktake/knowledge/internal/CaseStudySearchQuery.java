package org.stocktake.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;
import org.stocktake.knowledge.CaseStudyHits;
import org.stocktake.knowledge.CaseStudySearch;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

/**
 * Searching the published library with PostgreSQL's text search: a weighted vector (title, then
 * summary and themes, then problem, approach and outcomes, then the body) ranked with
 * {@code ts_rank_cd}; misspelt words corrected through the trigram index of the library's
 * vocabulary; matches highlighted with {@code ts_headline} on the page of results only.
 */
@Repository
public class CaseStudySearchQuery {

	/** Marks ts_headline puts round a match: control characters, so they cannot come from the text, escaped afterwards. */
	private static final String START = "\u0002";
	private static final String STOP = "\u0003";
	private static final String HEADLINE = "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=45, MinWords=20, MaxFragments=2, FragmentDelimiter=\" … \"";
	private static final Pattern WORD = Pattern.compile("[\\p{L}]{3,40}");

	private final JdbcClient jdbc;

	CaseStudySearchQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CaseStudyHits search(CaseStudySearch search, PageRequest page) {
		if (!search.hasWords()) {
			return new CaseStudyHits(run(search, null, page), null, null);
		}
		String q = search.q().trim();
		String corrected = correct(q);
		Paged<CaseStudyHits.Hit> hits = run(search, q, page);
		if (corrected != null && (hits.totalItems() == 0 || unknownWords(q))) {
			Paged<CaseStudyHits.Hit> better = run(search, corrected, page);
			if (better.totalItems() > 0) {
				return new CaseStudyHits(better, q, corrected);
			}
		}
		return new CaseStudyHits(hits, q, null);
	}

	private Paged<CaseStudyHits.Hit> run(CaseStudySearch s, String q, PageRequest page) {
		StringBuilder where = new StringBuilder(" where c.status = 'published'");
		List<Object> params = new ArrayList<>();
		String query = "select websearch_to_tsquery('english', cast(? as text)) as tsq";
		params.add(q == null ? "" : q);
		if (q != null) {
			where.append(" and c.search @@ q.tsq");
		}
		if (s.theme() != null && !s.theme().isBlank()) {
			where.append(" and ? = any(c.themes)");
			params.add(s.theme());
		}
		if (s.councilType() != null) {
			where.append(" and ? = any(c.area_types)");
			params.add(s.councilType().name());
		}
		if (s.region() != null) {
			where.append(" and ? = any(c.regions)");
			params.add(s.region().code());
		}
		if (s.savingsBand() != null) {
			where.append(" and c.savings_gbp >= ?");
			params.add(s.savingsBand().from());
			if (s.savingsBand().to() != null) {
				where.append(" and c.savings_gbp < ?");
				params.add(s.savingsBand().to());
			}
		}
		if (s.year() != null) {
			where.append(" and c.published_on >= make_date(?, 1, 1) and c.published_on < make_date(?, 1, 1)");
			params.add(s.year());
			params.add(s.year() + 1);
		}
		if (s.source() != null && !s.source().isBlank()) {
			where.append(" and c.source = ?");
			params.add(s.source());
		}
		CaseStudySearch.Sort sort = s.sort() != null ? s.sort() : q != null ? CaseStudySearch.Sort.RELEVANCE : CaseStudySearch.Sort.NEWEST;
		String order = switch (sort) {
			case RELEVANCE -> q != null ? "rank desc, c.published_on desc nulls last, c.id desc" : "c.published_on desc nulls last, c.id desc";
			case NEWEST -> "c.published_on desc nulls last, c.id desc";
			case OLDEST -> "c.published_on asc nulls last, c.id";
			case TITLE -> "lower(c.title), c.id";
			case SAVINGS -> "c.savings_gbp desc nulls last, c.id desc";
		};
		String rank = q != null ? "ts_rank_cd(c.search, q.tsq, 32)" : "0";
		String sql = """
				with q as (%s),
				matches as (
				  select c.id, %s as rank, count(*) over () as total
				  from case_study c, q %s
				  order by %s limit ? offset ?)
				select c.id, c.title, c.summary, c.themes, c.regions, c.savings_gbp, c.published_on, c.source, m.rank, m.total,
				       %s as title_hl, %s as summary_hl
				from matches m join case_study c on c.id = m.id, q
				order by m.rank desc, %s
				""".formatted(query, rank, where, order.replace("rank desc", "rank desc"),
				q != null ? "ts_headline('english', c.title, q.tsq, 'HighlightAll=true, StartSel=" + START + ", StopSel=" + STOP + "')" : "c.title",
				q != null ? "ts_headline('english', c.summary, q.tsq, '" + HEADLINE.replace("'", "''") + "')" : "c.summary",
				sort == CaseStudySearch.Sort.RELEVANCE ? "c.published_on desc nulls last, c.id desc" : order.replace("rank desc, ", ""));
		if (sort != CaseStudySearch.Sort.RELEVANCE || q == null) {
			sql = sql.replace("order by m.rank desc, ", "order by ");
		}
		params.add(page.size());
		params.add(page.offset());
		long[] total = { 0 };
		List<CaseStudyHits.Hit> hits = jdbc.sql(sql).params(params).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return new CaseStudyHits.Hit(rs.getLong("id"), rs.getString("title"), marked(rs.getString("title_hl")), marked(rs.getString("summary_hl")),
					OpeRepository.strings(rs.getArray("themes")), OpeRepository.strings(rs.getArray("regions")), rs.getBigDecimal("savings_gbp"),
					rs.getObject("published_on", java.time.LocalDate.class), rs.getString("source"), rs.getDouble("rank"));
		}).list();
		if (hits.isEmpty() && page.page() > 0) {
			total[0] = jdbc.sql("with q as (" + query + ") select count(*) from case_study c, q" + where)
				.params(params.subList(0, params.size() - 2))
				.query(Long.class)
				.single();
		}
		return new Paged<>(hits, page.page(), page.size(), total[0]);
	}

	/** The query with each word the library does not know replaced by its nearest known word, or null if nothing changes. */
	public String correct(String q) {
		Map<String, String> replacements = new LinkedHashMap<>();
		List<String> words = words(q);
		if (words.isEmpty()) {
			return null;
		}
		jdbc.sql("""
				select t.term,
				       (select w.word from case_study_word w where w.word % t.term order by similarity(w.word, t.term) desc, w.word limit 1) as best
				from unnest(?::text[]) t(term)
				where not exists (select 1 from case_study_word w where w.word = t.term)""")
			.param(CaseStudyRepository.array(words))
			.query((rs, n) -> {
				if (rs.getString("best") != null) {
					replacements.put(rs.getString("term"), rs.getString("best"));
				}
				return null;
			})
			.list();
		if (replacements.isEmpty()) {
			return null;
		}
		Matcher m = WORD.matcher(q);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String replacement = replacements.get(m.group().toLowerCase(Locale.ROOT));
			m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private boolean unknownWords(String q) {
		List<String> words = words(q);
		return !words.isEmpty() && jdbc.sql("select count(*) from case_study_word where word = any(?::text[])")
			.param(CaseStudyRepository.array(words))
			.query(Long.class)
			.single() < words.size();
	}

	/** The published case studies most like this one: sharing its title, summary and theme words, then its themes. */
	public List<CaseStudyHits.Hit> moreLikeThis(long id, int limit) {
		return jdbc.sql("""
				with me as (select id, themes, search from case_study where id = ?),
				q as (select to_tsquery('simple', coalesce(string_agg(quote_literal(l.lexeme), ' | '), '')) as tsq
				      from me, unnest(me.search) l where l.weights && array['A', 'B'])
				select c.id, c.title, c.summary, c.themes, c.regions, c.savings_gbp, c.published_on, c.source,
				       ts_rank(c.search, q.tsq) + 0.1 * cardinality(array(select unnest(c.themes) intersect select unnest(me.themes))) as score
				from case_study c, q, me
				where c.status = 'published' and c.id <> me.id and (c.search @@ q.tsq or c.themes && me.themes)
				order by score desc, c.published_on desc nulls last, c.id desc
				limit ?""")
			.params(id, limit)
			.query((rs, n) -> new CaseStudyHits.Hit(rs.getLong("id"), rs.getString("title"), HtmlUtils.htmlEscape(rs.getString("title")),
					HtmlUtils.htmlEscape(rs.getString("summary")), OpeRepository.strings(rs.getArray("themes")),
					OpeRepository.strings(rs.getArray("regions")), rs.getBigDecimal("savings_gbp"), rs.getObject("published_on", java.time.LocalDate.class),
					rs.getString("source"), rs.getDouble("score")))
			.list();
	}

	public List<String> themesInUse() {
		return jdbc.sql("select distinct unnest(themes) as t from case_study where status = 'published' order by 1").query(String.class).list();
	}

	public List<Integer> yearsInUse() {
		return jdbc.sql("select distinct extract(year from published_on)::int from case_study where status = 'published' and published_on is not null order by 1 desc")
			.query(Integer.class)
			.list();
	}

	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text == null ? "" : text);
		while (m.find()) {
			String w = m.group().toLowerCase(Locale.ROOT);
			if (!words.contains(w)) {
				words.add(w);
			}
		}
		return words;
	}

	private static String marked(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text).replace(START, "<mark>").replace(STOP, "</mark>");
	}
}
