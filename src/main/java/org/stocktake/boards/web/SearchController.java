package org.stocktake.boards.web;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import org.stocktake.boards.BoardSearch;
import org.stocktake.boards.Boards;
import org.stocktake.boards.SearchResult;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

/** Searching the boards' papers, decisions and actions, as a page and in the API. */
@Controller
class SearchController {

	private final Boards boards;
	private final BoardSearch search;

	SearchController(Boards boards, BoardSearch search) {
		this.boards = boards;
		this.search = search;
	}

	record ResultJson(String kind, long meetingId, String board, String boardSlug, java.time.LocalDate meetingDate, Integer item, String title,
			String snippet) {
		static ResultJson of(SearchResult r) {
			return new ResultJson(r.kind(), r.meetingId(), r.boardName(), r.boardSlug(), r.meetingDate(), r.itemNumber(), r.title(),
					r.plainSnippet());
		}
	}

	@GetMapping("/boards/search")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Authentication auth, Model model) {
		Paged<SearchResult> results = search.search(boards.reader(auth), q, PageRequest.of(page, null));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("results", results);
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/boards/search").queryParam("q", q == null ? "" : q).build().encode().toUriString());
		return "boards/search";
	}

	@GetMapping("/api/v1/boards/search")
	@ResponseBody
	@Operation(summary = "Search the boards' papers, decisions and actions (PostgreSQL full text, English stemming)",
			description = "q: words, \"a phrase\", -excluded, or; kind of each result: PAPER, DECISION or ACTION. Answers only what the reader "
					+ "may read: exempt items never reach the public.")
	Paged<ResultJson> api(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication auth) {
		return search.search(boards.reader(auth), q, PageRequest.of(page, size)).map(ResultJson::of);
	}
}
