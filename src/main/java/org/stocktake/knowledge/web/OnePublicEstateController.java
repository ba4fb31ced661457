package org.stocktake.knowledge.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.stocktake.knowledge.OnePublicEstate;
import org.stocktake.knowledge.OpePartnership;
import org.stocktake.knowledge.OpeTotals;
import org.stocktake.knowledge.MoneyUnits;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.BadRequestException;

/** One Public Estate partnerships as a page. */
@Controller
class OnePublicEstateController {

	private final OnePublicEstate ope;

	OnePublicEstateController(OnePublicEstate ope) {
		this.ope = ope;
	}

	@GetMapping("/one-public-estate")
	String page(@RequestParam(required = false) Integer phase, Model model) {
		List<Integer> phases = ope.phases();
		int shown = phase != null ? phase : phases.isEmpty() ? 3 : phases.get(phases.size() - 1);
		model.addAttribute("phases", phases);
		model.addAttribute("phase", shown);
		model.addAttribute("partnerships", ope.partnerships(shown));
		model.addAttribute("totals", ope.totals(shown));
		return "knowledge/one-public-estate";
	}
}
