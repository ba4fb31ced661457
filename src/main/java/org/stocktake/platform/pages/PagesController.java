package org.stocktake.platform.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, the sign-in page and the pages about the service itself. */
@Controller
class PagesController {

	private final java.util.List<org.stocktake.platform.web.DataCredit> credits;

	PagesController(java.util.List<org.stocktake.platform.web.DataCredit> credits) {
		this.credits = credits;
	}

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@GetMapping("/sign-in")
	String signIn() {
		return "platform/sign-in";
	}

	@GetMapping("/about/data")
	String dataSources(org.springframework.ui.Model model) {
		model.addAttribute("dataSources", credits);
		return "platform/data-sources";
	}

	@GetMapping("/about/accessibility")
	String accessibility() {
		return "platform/accessibility";
	}
}
