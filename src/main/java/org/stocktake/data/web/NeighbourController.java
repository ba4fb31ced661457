package org.stocktake.data.web;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.data.NeighbourList;
import org.stocktake.data.Neighbours;
import org.stocktake.platform.web.Option;
import org.stocktake.register.Register;

/** The list of neighbour models, and an authority's neighbours explained. */
@Controller
class NeighbourController {

	private final Neighbours neighbours;
	private final Register register;

	NeighbourController(Neighbours neighbours, Register register) {
		this.neighbours = neighbours;
		this.register = register;
	}

	@GetMapping("/data/neighbour-models")
	String modelsPage(Model model) {
		model.addAttribute("models", neighbours.models());
		return "data/neighbour-models";
	}

	@GetMapping("/areas/{gssCode}/neighbours")
	String neighboursPage(@PathVariable String gssCode, @RequestParam(required = false) String model, Model page) {
		NeighbourList list = neighbours.of(gssCode, model);
		page.addAttribute("area", register.get(gssCode));
		page.addAttribute("list", list);
		page.addAttribute("modelOptions", neighbours.models().stream().map(m -> new Option(m.id(), m.name())).toList());
		return "data/neighbours";
	}
}
