package org.stocktake.collection.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.stocktake.collection.Collection;
import org.stocktake.collection.CollectionInput;
import org.stocktake.collection.Collections;
import org.stocktake.collection.Decision;
import org.stocktake.collection.Return;
import org.stocktake.platform.web.BadRequestException;

/** The collection API: officers create collections and review returns; a council user enters, uploads and submits its own return. */
@RestController
class CollectionApiController {

	private final Collections collections;

	CollectionApiController(Collections collections) {
		this.collections = collections;
	}

	@PostMapping(path = "/api/v1/collections", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Collection> create(@RequestBody(required = false) CollectionInput input) {
		if (input == null) {
			throw new BadRequestException("body", null, "Send the collection as JSON");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(collections.create(input));
	}

	@GetMapping("/api/v1/collections")
	List<Collection> list(Authentication auth) {
		return collections.visibleTo(auth);
	}

	@GetMapping("/api/v1/collections/{id}")
	Collection get(@PathVariable long id, Authentication auth) {
		return collections.get(id, auth);
	}

	/** New dates for a collection; any left out stay as they are. */
	record Dates(LocalDate opensOn, LocalDate closesOn, LocalDate publishOn) {
	}

	@PostMapping(path = "/api/v1/collections/{id}/dates", consumes = MediaType.APPLICATION_JSON_VALUE)
	Collection dates(@PathVariable long id, @RequestBody(required = false) Dates dates) {
		if (dates == null) {
			throw new BadRequestException("body", null, "Send opensOn, closesOn and/or publishOn as JSON");
		}
		return collections.changeDates(id, dates.opensOn(), dates.closesOn(), dates.publishOn());
	}

	@GetMapping("/api/v1/collections/{id}/returns")
	List<Collections.Status> returns(@PathVariable long id) {
		return collections.dashboard(id);
	}

	@GetMapping("/api/v1/collections/{id}/returns/{gssCode}")
	Return returnOf(@PathVariable long id, @PathVariable String gssCode, Authentication auth) {
		return collections.returnOf(id, gssCode, auth);
	}

	/** The figures as CSV (or XLSX once the shared reader takes it) in the body, or as a multipart {@code file}. */
	@PostMapping("/api/v1/collections/{id}/returns/{gssCode}/values")
	Collections.Upload values(@PathVariable long id, @PathVariable String gssCode, @RequestBody(required = false) byte[] body,
			@RequestParam(defaultValue = "false") boolean dryRun, Authentication auth) {
		if (body == null || body.length == 0) {
			throw new BadRequestException("body", null, "Send the file (measure,area,period,value,status,note) as the request body");
		}
		return collections.upload(id, gssCode, body, dryRun, auth);
	}

	@PostMapping(path = "/api/v1/collections/{id}/returns/{gssCode}/values", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Collections.Upload valuesFile(@PathVariable long id, @PathVariable String gssCode, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Authentication auth) throws java.io.IOException {
		return collections.upload(id, gssCode, file.getBytes(), dryRun, auth);
	}

	@PostMapping("/api/v1/collections/{id}/returns/{gssCode}/submit")
	Return submit(@PathVariable long id, @PathVariable String gssCode, Authentication auth) {
		return collections.submit(id, gssCode, auth);
	}

	/** An officer's decision: {@code ACCEPT}, {@code QUERY} or {@code REJECT}, with a comment (required to query or reject). */
	record Review(String decision, String comment) {
	}

	@PostMapping(path = "/api/v1/collections/{id}/returns/{gssCode}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
	Return review(@PathVariable long id, @PathVariable String gssCode, @RequestBody(required = false) Review review, Authentication auth) {
		if (review == null || review.decision() == null) {
			throw new BadRequestException("decision", null, "Choose ACCEPT, QUERY or REJECT");
		}
		Decision decision;
		try {
			decision = Decision.valueOf(review.decision().trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("decision", review.decision(), "Choose ACCEPT, QUERY or REJECT");
		}
		return collections.review(id, gssCode, decision, review.comment(), auth);
	}
}
