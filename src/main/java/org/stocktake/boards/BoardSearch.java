package org.stocktake.boards;

import java.util.List;

import org.springframework.stereotype.Service;
import org.stocktake.boards.internal.SearchRepository;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

/**
 * Full-text search across the boards' papers, decisions and actions, answering only what the reader
 * may read: the public, published non-exempt papers and published notes; members, their boards'
 * exempt papers too; officers, drafts and everything.
 */
@Service
public class BoardSearch {

	private final SearchRepository repository;

	BoardSearch(SearchRepository repository) {
		this.repository = repository;
	}

	public Paged<SearchResult> search(BoardReader reader, String query, PageRequest page) {
		if (query == null || query.isBlank()) {
			return new Paged<>(List.of(), page.page(), page.size(), 0);
		}
		String q = query.trim();
		if (q.length() > 200) {
			throw new BadRequestException("q", q, "Search for 200 characters or fewer");
		}
		boolean all = reader.officer();
		List<SearchResult> items = repository.search(q, reader.seesDrafts(), all, reader.memberOf(), (int) page.offset(), page.size());
		long total = items.size() < page.size() && page.page() == 0 ? items.size() : repository.count(q, reader.seesDrafts(), all, reader.memberOf());
		return new Paged<>(items, page.page(), page.size(), total);
	}
}
