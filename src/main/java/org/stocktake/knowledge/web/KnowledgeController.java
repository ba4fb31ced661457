package org.stocktake.knowledge.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The knowledge hub: the case-study library, the shared services map and One Public Estate. */
@Controller
class KnowledgeController {

	@GetMapping("/knowledge")
	String hub() {
		return "knowledge/hub";
	}
}
