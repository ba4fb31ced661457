package org.stocktake.improvement.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.improvement.NewPeer;
import org.stocktake.improvement.Peer;
import org.stocktake.improvement.PeerPool;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

@RestController
@Tag(name = "Peer pool", description = "Peers from the directory with skills, accreditation, conflicts, availability and peer days given (officers)")
class PeerApiController {

	private final PeerPool pool;

	PeerApiController(PeerPool pool) {
		this.pool = pool;
	}

	@GetMapping("/api/v1/peers")
	@Operation(summary = "The peer pool (officers)", description = "Optionally only peers with a skill (an id from /api/v1/peers/skills).")
	Paged<Peer> list(@RequestParam(required = false) String skill, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return pool.list(skill == null || skill.isBlank() ? null : skill.trim(), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/peers/skills")
	@Operation(summary = "The maintained list of peer skills (officers)")
	List<Peer.Skill> skills() {
		return pool.skills();
	}

	@GetMapping("/api/v1/peers/health")
	@Operation(summary = "The pool's health (officers)", description = "Skills against the financial year's demand, peers by type, region and "
			+ "party, and peers whose accreditation expires within 90 days, unused for over a year, or with more than 10 peer days in 12 months.")
	org.stocktake.improvement.PoolHealth health() {
		return pool.health();
	}

	@PostMapping("/api/v1/peers")
	@Operation(summary = "Add a person from the directory to the peer pool, or replace their peer record (officers)",
			description = "Body: person (directory id or ref), skills (ids), specialism, accreditationExpires, conflicts (GSS codes), "
					+ "unavailable ([{from, to}]). 201 when the person is new to the pool, 200 when their record was replaced.")
	ResponseEntity<Peer> save(@RequestBody NewPeer body) {
		PeerPool.Saved saved = pool.save(body);
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.peer());
	}
}
