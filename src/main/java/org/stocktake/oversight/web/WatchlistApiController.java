package org.stocktake.oversight.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.oversight.SavedView;
import org.stocktake.oversight.SavedViews;
import org.stocktake.oversight.SignalScore;
import org.stocktake.oversight.SignalWeight;
import org.stocktake.oversight.Watchlist;
import org.stocktake.oversight.WatchlistEntry;
import org.stocktake.oversight.WatchlistQuery;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

@RestController
@Tag(name = "Watchlist", description = "Authorities ranked by weighted risk signals, each score explained (officers; weights set by admins)")
class WatchlistApiController {

	private final Watchlist watchlist;
	private final SavedViews views;

	WatchlistApiController(Watchlist watchlist, SavedViews views) {
		this.watchlist = watchlist;
		this.views = views;
	}

	record SignalJson(String signal, BigDecimal weight, BigDecimal strength, BigDecimal points, boolean raised, String explanation,
			String service) {
		static SignalJson of(SignalScore s) {
			return new SignalJson(s.signal(), s.weight(), s.strength(), s.points(), s.raised(), s.explanation(), s.service());
		}
	}

	record EntryJson(int rank, String area, String areaName, String type, String region, String regionName, BigDecimal score,
			List<SignalJson> signals, List<String> services, List<String> notInspectedUnder) {
		static EntryJson of(WatchlistEntry e) {
			return new EntryJson(e.rank(), e.gssCode(), e.name(), e.type().name(), e.region().code(), e.region().displayName(), e.score(),
					e.signals().stream().map(SignalJson::of).toList(), e.services(), e.notInspectedUnder());
		}
	}

	@GetMapping("/api/v1/oversight/watchlist")
	@Operation(summary = "The watchlist (officers)", description = "Every current principal council with its score (the sum over enabled "
			+ "signals of weight × strength, strength 0–1, points rounded to 2 decimals), its rank (1 = highest score; ties share a rank) and every "
			+ "signal's explanation. Filters: region (ONS code), type, service, signal (raised), notInspected (inspectorate/framework), minScore; "
			+ "sort: score (default), name, region, type; view: a saved view's id, whose filters are used instead. Paginated.")
	Paged<EntryJson> list(WatchlistQuery query, @RequestParam(required = false) Long view, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication auth) {
		WatchlistQuery q = view == null ? query : WatchlistQuery.parse(views.get(view, auth).query());
		List<WatchlistEntry> all = watchlist.search(q);
		PageRequest p = PageRequest.of(page, size);
		List<EntryJson> items = all.stream().skip(p.offset()).limit(p.size()).map(EntryJson::of).toList();
		return new Paged<>(items, p.page(), p.size(), all.size());
	}

	@GetMapping("/api/v1/oversight/watchlist/weights")
	@Operation(summary = "The signals and their weights (officers)")
	List<SignalWeight> weights() {
		return watchlist.weights();
	}

	@PutMapping("/api/v1/oversight/watchlist/weights")
	@Operation(summary = "Set signal weights (admins)", description = "Body: [{id, weight, enabled}], weight 0–100 with at most one decimal "
			+ "place. Any bad weight answers 400 naming each and changes nothing; each change is audited.")
	List<SignalWeight> setWeights(@RequestBody List<Watchlist.WeightChange> changes) {
		return watchlist.updateWeights(changes);
	}

	record NewViewJson(String name, String query, boolean shared) {
	}

	@GetMapping("/api/v1/oversight/watchlist/views")
	@Operation(summary = "Saved watchlist views: the caller's own and every shared one (officers)")
	List<SavedView> listViews(Authentication auth) {
		return views.visibleTo(auth);
	}

	@PostMapping("/api/v1/oversight/watchlist/views")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a watchlist view (officers)", description = "Body: name, query (the watchlist's query string, e.g. "
			+ "region=E12000002&signal=intervention&sort=name), shared (listed for every officer).")
	SavedView saveView(@RequestBody NewViewJson body, Authentication auth) {
		return views.save(body.name(), WatchlistQuery.parse(body.query()), body.shared(), auth);
	}

	@DeleteMapping("/api/v1/oversight/watchlist/views/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a saved view (its owner or an admin)")
	void deleteView(@PathVariable long id, Authentication auth) {
		views.delete(id, auth);
	}
}
