package org.stocktake.data.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.data.NeighbourList;
import org.stocktake.data.NeighbourModel;
import org.stocktake.data.NeighbourModelInput;
import org.stocktake.data.Neighbours;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.BadRequestException;

/** The neighbour-model API: models, an authority's neighbours, and officers defining, recomputing and importing models. */
@RestController
class NeighbourApiController {

	private final Neighbours neighbours;

	NeighbourApiController(Neighbours neighbours) {
		this.neighbours = neighbours;
	}

	@GetMapping("/api/v1/areas/{gssCode}/neighbours")
	NeighbourList neighbours(@PathVariable String gssCode, @RequestParam(required = false) String model) {
		return neighbours.of(gssCode, model);
	}

	@GetMapping("/api/v1/neighbour-models")
	List<NeighbourModel> models() {
		return neighbours.models();
	}

	@GetMapping("/api/v1/neighbour-models/{id}")
	NeighbourModel model(@PathVariable String id) {
		return neighbours.get(id);
	}

	@PostMapping(path = "/api/v1/neighbour-models", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<NeighbourModel> define(@RequestBody NeighbourModelInput input) {
		boolean exists = input.id() != null && neighbours.find(input.id()).isPresent();
		return ResponseEntity.status(exists ? HttpStatus.OK : HttpStatus.CREATED).body(neighbours.define(input));
	}

	record Recomputed(String model, int authorities) {
	}

	@PostMapping("/api/v1/neighbour-models/{id}/recompute")
	Recomputed recompute(@PathVariable String id) {
		return new Recomputed(id, neighbours.recompute(id));
	}

	@PostMapping("/api/v1/neighbour-models/{id}/import")
	ImportResult importList(@PathVariable String id, @RequestParam(required = false) String name, @RequestParam(required = false) String source,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestBody(required = false) byte[] body) {
		if (body == null || body.length == 0) {
			throw new BadRequestException("body", null, "Send the CSV file (area,neighbour,rank[,distance]) as the request body");
		}
		return neighbours.importList(id, name, source, body, dryRun);
	}
}
