package org.stocktake.boards.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.boards.Board;
import org.stocktake.boards.Boards;
import org.stocktake.boards.Subscriptions;
import org.stocktake.boards.Subscriptions.Subscription;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.NotFoundException;

/** Subscribing to a board's new papers by email, and confirming or ending it from the link in the emails. */
@Controller
class SubscriptionController {

	record SubscribeForm(String email) {
	}

	private final Boards boards;
	private final Subscriptions subscriptions;

	SubscriptionController(Boards boards, Subscriptions subscriptions) {
		this.boards = boards;
		this.subscriptions = subscriptions;
	}

	@GetMapping("/boards/{slug}/subscribe")
	String form(@PathVariable String slug, Model model) {
		model.addAttribute("board", boards.board(slug));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SubscribeForm(null));
		}
		return "boards/subscribe";
	}

	@PostMapping("/boards/{slug}/subscribe")
	String subscribe(@PathVariable String slug, @ModelAttribute("form") SubscribeForm form, BindingResult binding, Model model) {
		Board board = boards.board(slug);
		try {
			subscriptions.subscribe(board, form.email());
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return form(slug, model);
		}
		model.addAttribute("board", board);
		return "boards/subscribe-sent";
	}

	@GetMapping("/subscriptions/{token}")
	String subscription(@PathVariable String token, Model model) {
		Subscription subscription = subscriptions.find(token).orElseThrow(() -> new NotFoundException("There is no such subscription"));
		model.addAttribute("subscription", subscription);
		model.addAttribute("token", token);
		return "boards/subscription";
	}

	@PostMapping("/subscriptions/{token}/confirm")
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		if (!subscriptions.confirm(token)) {
			throw new NotFoundException("There is no such subscription");
		}
		redirect.addFlashAttribute("saved", "boards.subscription.confirmed");
		return "redirect:/subscriptions/" + token;
	}

	@PostMapping("/subscriptions/{token}/unsubscribe")
	String unsubscribe(@PathVariable String token, Model model) {
		Subscription subscription = subscriptions.find(token).orElseThrow(() -> new NotFoundException("There is no such subscription"));
		subscriptions.unsubscribe(token);
		model.addAttribute("board", subscription.board());
		return "boards/unsubscribed";
	}
}
