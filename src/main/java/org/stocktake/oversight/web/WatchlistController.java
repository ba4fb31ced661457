package org.stocktake.oversight.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.oversight.Framework;
import org.stocktake.oversight.Inspections;
import org.stocktake.oversight.SavedView;
import org.stocktake.oversight.SavedViews;
import org.stocktake.oversight.SignalWeight;
import org.stocktake.oversight.Watchlist;
import org.stocktake.oversight.WatchlistEntry;
import org.stocktake.oversight.WatchlistQuery;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;
import org.stocktake.platform.web.Option;

/** Officers' ranked watchlist with its reasons and saved views; admins set the signals' weights. */
@Controller
class WatchlistController {


	private final Watchlist watchlist;
	private final SavedViews views;
	private final Inspections inspections;
	private final MessageSource messages;

	WatchlistController(Watchlist watchlist, SavedViews views, Inspections inspections, MessageSource messages) {
		this.watchlist = watchlist;
		this.views = views;
		this.inspections = inspections;
		this.messages = messages;
	}

	@GetMapping("/oversight/watchlist")
	String page(WatchlistQuery query, @RequestParam(required = false) Integer page, Authentication auth, Model model) {
		List<SignalWeight> weights = watchlist.weights();
		WatchlistQuery q;
		List<WatchlistEntry> entries;
		try {
			q = query.validated(weights);
			entries = watchlist.search(q);
		}
		catch (BadRequestException ex) {
			model.addAttribute("problems", ex.errors());
			q = WatchlistQuery.empty();
			entries = watchlist.search(q);
		}
		model.addAttribute("query", q);
		model.addAttribute("queryString", q.toQueryString());
		// Fifty a page: the whole list of some 340 authorities with their reasons is too long to read (or to check).
		org.stocktake.platform.web.PageRequest p = org.stocktake.platform.web.PageRequest.of(page, 50);
		model.addAttribute("paged", new org.stocktake.platform.web.Paged<>(entries.stream().skip(p.offset()).limit(p.size()).toList(), p.page(),
				p.size(), entries.size()));
		model.addAttribute("baseUrl", "/oversight/watchlist" + (q.isEmpty() ? "" : "?" + q.toQueryString()));
		model.addAttribute("weights", weights);
		model.addAttribute("views", views.visibleTo(auth));
		addOptions(model, weights);
		return "oversight/watchlist";
	}

	@GetMapping("/oversight/watchlist/views/{id}")
	String openView(@PathVariable long id, Authentication auth) {
		SavedView view = views.get(id, auth);
		return "redirect:/oversight/watchlist" + (view.query().isEmpty() ? "" : "?" + view.query());
	}

	@PostMapping("/oversight/watchlist/views")
	String saveView(@RequestParam(required = false) String name, @RequestParam(required = false) String shared,
			@RequestParam(required = false) String query, Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			SavedView view = views.save(name, WatchlistQuery.parse(query), shared != null, auth);
			redirect.addFlashAttribute("savedView", view.name());
			return "redirect:/oversight/watchlist" + (view.query().isEmpty() ? "" : "?" + view.query());
		}
		catch (BadRequestException ex) {
			model.addAttribute("viewProblems", ex.errors());
			model.addAttribute("viewName", name);
			return page(WatchlistQuery.parse(query), null, auth, model);
		}
	}

	@PostMapping("/oversight/watchlist/views/{id}/delete")
	String deleteView(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		views.delete(id, auth);
		redirect.addFlashAttribute("deletedView", true);
		return "redirect:/oversight/watchlist";
	}

	@GetMapping("/oversight/watchlist/weights")
	String weights(Model model) {
		if (!model.containsAttribute("weights")) {
			model.addAttribute("weights", watchlist.weights());
		}
		model.addAttribute("indicators", watchlist.financeIndicators());
		return "oversight/watchlist-weights";
	}

	@PostMapping("/oversight/watchlist/weights")
	String saveWeights(@RequestParam java.util.Map<String, String> form, Model model, RedirectAttributes redirect) {
		List<Watchlist.WeightChange> changes = new ArrayList<>();
		for (SignalWeight w : watchlist.weights()) {
			changes.add(new Watchlist.WeightChange(w.id(), form.get("weight-" + w.id()), form.containsKey("enabled-" + w.id())));
		}
		try {
			watchlist.updateWeights(changes);
		}
		catch (BadRequestException ex) {
			List<FieldError> errors = ex.errors();
			model.addAttribute("problems", errors);
			java.util.Map<String, String> byField = new java.util.HashMap<>();
			errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
			model.addAttribute("fieldErrors", byField);
			model.addAttribute("entered", form);
			model.addAttribute("weights", watchlist.weights().stream()
				.map(w -> new SignalWeight(w.id(), w.position(), w.weight(), form.containsKey("enabled-" + w.id()), w.parameter()))
				.toList());
			return weights(model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/oversight/watchlist/weights";
	}

	private void addOptions(Model model, List<SignalWeight> weights) {
		String any = text("inspections.any");
		List<Option> regions = new ArrayList<>(List.of(new Option("", any)));
		Arrays.stream(Region.values()).forEach(r -> regions.add(new Option(r.code(), r.displayName())));
		List<Option> types = new ArrayList<>(List.of(new Option("", any)));
		Arrays.stream(AreaType.values()).filter(AreaType::principalCouncil).forEach(t -> types.add(new Option(t.name(), text(t.messageKey()))));
		List<Option> signals = new ArrayList<>(List.of(new Option("", any)));
		weights.stream().filter(SignalWeight::enabled).forEach(w -> signals.add(new Option(w.id(), text(w.messageKey()))));
		List<Option> services = new ArrayList<>(List.of(new Option("", any)));
		List.of("children's services", "adult social care", "fire and rescue").forEach(s -> services.add(new Option(s, s)));
		List<Option> frameworks = new ArrayList<>(List.of(new Option("", any)));
		for (Framework f : inspections.frameworks()) {
			if (f.current()) {
				frameworks.add(new Option(f.inspectorate() + "/" + f.slug(), f.name()));
			}
		}
		List<Option> sorts = WatchlistQuery.SORTS.stream().map(s -> new Option(s, text("watchlist.sort." + s))).toList();
		model.addAttribute("regionOptions", regions);
		model.addAttribute("typeOptions", types);
		model.addAttribute("signalOptions", signals);
		model.addAttribute("serviceOptions", services);
		model.addAttribute("frameworkOptions", frameworks);
		model.addAttribute("sortOptions", sorts);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.UK);
	}
}
