package org.stocktake.improvement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.improvement.TeamProposal;
import org.stocktake.improvement.TeamProposals;
import org.stocktake.platform.web.NotFoundException;

@RestController
@Tag(name = "Improvement offer")
class TeamProposalApiController {

	/** The planned visit, both optional: without them the challenge's own on-site dates are used, if any. */
	record ProposalRequest(String onSiteStart, String onSiteEnd) {
	}

	private final TeamProposals proposals;

	TeamProposalApiController(TeamProposals proposals) {
		this.proposals = proposals;
	}

	@PostMapping("/api/v1/peer-challenges/{id}/team-proposal")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose a team from the peer pool by the product's rules, every peer with reasons (officers)",
			description = "Body (optional): onSiteStart, onSiteEnd (YYYY-MM-DD) of the planned visit, to check availability. "
					+ "Only at ENQUIRY or SCOPING. `excluded` counts the peers each rule kept out.")
	TeamProposal propose(@PathVariable long id, @RequestBody(required = false) ProposalRequest body) {
		return proposals.propose(id, body == null ? null : body.onSiteStart(), body == null ? null : body.onSiteEnd());
	}

	@GetMapping("/api/v1/peer-challenges/{id}/team-proposal")
	@Operation(summary = "The latest team proposed for the challenge and what was decided about it (officers)")
	TeamProposal latest(@PathVariable long id) {
		return proposals.latest(id).orElseThrow(() -> new NotFoundException("No team has been proposed for peer challenge " + id));
	}
}
