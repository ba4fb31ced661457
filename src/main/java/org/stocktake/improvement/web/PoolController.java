package org.stocktake.improvement.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.stocktake.improvement.Peer;
import org.stocktake.improvement.PeerPool;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Option;

/** The peer pool for officers: its health (skills against demand, who it holds, peers to act on) and every peer. */
@Controller
class PoolController {


	private final PeerPool pool;
	private final org.springframework.context.MessageSource messages;

	PoolController(PeerPool pool, org.springframework.context.MessageSource messages) {
		this.pool = pool;
		this.messages = messages;
	}

	@GetMapping("/peers")
	String page(@RequestParam(required = false) String skill, @RequestParam(required = false) Integer page, Model model) {
		String chosen = skill == null || skill.isBlank() ? null : skill.trim();
		model.addAttribute("health", pool.health());
		model.addAttribute("found", pool.list(chosen, PageRequest.of(page, 50)));
		List<Option> skills = new ArrayList<>();
		skills.add(new Option("", messages.getMessage("pool.anySkill", null, java.util.Locale.UK)));
		pool.skills().forEach(s -> skills.add(new Option(s.id(), s.name())));
		model.addAttribute("skillOptions", skills);
		model.addAttribute("skillNames", pool.skills().stream().collect(java.util.stream.Collectors.toMap(Peer.Skill::id, Peer.Skill::name)));
		model.addAttribute("skill", chosen == null ? "" : chosen);
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/peers").queryParam("skill", chosen == null ? "" : chosen).build().toUriString());
		return "improvement/pool";
	}
}
