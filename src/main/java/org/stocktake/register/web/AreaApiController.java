package org.stocktake.register.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Register;
import org.stocktake.register.internal.RegisterImport;

@RestController
@Tag(name = "Register", description = "Authorities, their types, regions, reorganisations and groupings")
class AreaApiController {

	private final Register register;
	private final RegisterImport registerImport;

	AreaApiController(Register register, RegisterImport registerImport) {
		this.register = register;
		this.registerImport = registerImport;
	}

	@GetMapping("/api/v1/areas")
	@Operation(summary = "List authorities", description = "Filter by type, region (ONS code), current, and q (name or code; typo tolerant). Paginated.")
	Paged<AreaJson> areas(@Parameter(description = "Area type, e.g. UNITARY") @RequestParam(required = false) String type,
			@Parameter(description = "ONS region code, e.g. E12000002") @RequestParam(required = false) String region,
			@RequestParam(required = false) String current, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		AreaFilters filters = new AreaFilters(q, type, region, current);
		return register.search(filters.toSearch(), PageRequest.of(page, size)).map(AreaJson::of);
	}

	@GetMapping("/api/v1/areas/{gssCode}")
	@Operation(summary = "One authority by GSS code", description = "A former GSS code resolves to the authority that now holds the area.")
	AreaJson area(@PathVariable String gssCode) {
		return AreaJson.of(register.get(gssCode));
	}

	@PostMapping(path = "/api/v1/areas/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import the register from CSV (officers)", description = "mySociety's layout keyed by local-authority-code. "
			+ "Any bad row answers 422 listing every problem and writes nothing; dryRun=true only validates.")
	ImportResult importAreas(@RequestBody(required = false) byte[] csv, @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		return registerImport.run(csv == null ? new byte[0] : csv, dryRun);
	}
}
