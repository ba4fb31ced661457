package org.stocktake.boards.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.boards.SearchResult;

/**
 * PostgreSQL full-text search over papers, notes and actions. What a reader may not see is left out
 * in the query itself, so that it never reaches a count, a rank or a passage.
 */
@Repository
public class SearchRepository {

	private static final String HEADLINE = "'MaxFragments=2, MaxWords=30, MinWords=12, StartSel=«, StopSel=»'";

	private final JdbcClient jdbc;

	SearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param drafts whether draft agendas and unpublished notes count
	 * @param allExempt whether every exempt item counts; else only those of {@code exemptBoards}
	 */
	public List<SearchResult> search(String query, boolean drafts, boolean allExempt, Set<Long> exemptBoards, int offset, int limit) {
		Map<String, Object> p = new HashMap<>();
		p.put("q", query);
		p.put("drafts", drafts);
		p.put("offset", offset);
		p.put("limit", limit);
		return jdbc.sql(sql(allExempt, exemptBoards) + " order by rank desc, meeting_date desc, item_number nulls last limit :limit offset :offset")
			.params(p)
			.query((rs, n) -> new SearchResult(rs.getString("kind"), rs.getLong("meeting_id"), rs.getString("slug"), rs.getString("board_name"),
					rs.getObject("meeting_date", LocalDate.class), (Integer) rs.getObject("item_number"), rs.getString("title"),
					rs.getString("snippet"), rs.getDouble("rank")))
			.list();
	}

	public long count(String query, boolean drafts, boolean allExempt, Set<Long> exemptBoards) {
		return jdbc.sql("select count(*) from (" + sql(allExempt, exemptBoards) + ") r").params(Map.of("q", query, "drafts", drafts))
			.query(Long.class).single();
	}

	private static String sql(boolean allExempt, Set<Long> exemptBoards) {
		String boards = exemptBoards.isEmpty() ? "-1" : exemptBoards.stream().map(String::valueOf).collect(Collectors.joining(","));
		String exempt = allExempt ? "true" : "(not i.exempt or m.board_id in (" + boards + "))";
		String actionExempt = allExempt ? "true" : "(i.id is null or not i.exempt or m.board_id in (" + boards + "))";
		return """
				with q as (select websearch_to_tsquery('english', :q) as query)
				select 'PAPER' as kind, m.id as meeting_id, b.slug, b.name as board_name, m.meeting_date, i.position as item_number, i.title,
				  ts_headline('english', coalesce(i.summary, '') || ' ' || coalesce(i.recommendations, '') || ' ' || coalesce(i.body, ''), q.query, %1$s) as snippet,
				  ts_rank(i.paper_search, q.query) as rank
				from agenda_item i join meeting m on m.id = i.meeting_id join board b on b.id = m.board_id, q
				where i.paper_search @@ q.query and (m.status = 'PUBLISHED' or :drafts) and %2$s
				union all
				select 'DECISION', m.id, b.slug, b.name, m.meeting_date, i.position, i.title,
				  ts_headline('english', coalesce(i.minute, ''), q.query, %1$s), ts_rank(i.note_search, q.query)
				from agenda_item i join meeting m on m.id = i.meeting_id join board b on b.id = m.board_id, q
				where (i.minute is not null or i.decision is not null) and i.note_search @@ q.query
				  and ((m.status = 'PUBLISHED' and m.minutes_published) or :drafts) and %2$s
				union all
				select 'ACTION', m.id, b.slug, b.name, m.meeting_date, i.position, x.owner,
				  ts_headline('english', x.description, q.query, %1$s), ts_rank(x.search, q.query)
				from board_action x join meeting m on m.id = x.meeting_id join board b on b.id = m.board_id
				left join agenda_item i on i.id = x.agenda_item_id, q
				where x.search @@ q.query and ((m.status = 'PUBLISHED' and m.minutes_published) or :drafts) and %3$s
				""".formatted(HEADLINE, exempt, actionExempt);
	}
}
