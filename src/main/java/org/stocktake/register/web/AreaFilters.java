package org.stocktake.register.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.AreaSearch;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/**
 * The register's filters as they arrive in a query string, read once for the pages, the CSV and
 * the API: enumerations in any case, with a 400 that names the parameter when one is wrong.
 */
record AreaFilters(String q, String type, String region, String current) {

	AreaSearch toSearch() {
		List<FieldError> errors = new java.util.ArrayList<>();
		AreaType areaType = null;
		if (type != null && !type.isBlank()) {
			areaType = AreaType.parse(type).orElse(null);
			if (areaType == null) {
				errors.add(FieldError.field("type", type, "type must be one of " + java.util.Arrays.toString(AreaType.values())));
			}
		}
		Region r = null;
		if (region != null && !region.isBlank()) {
			r = Region.parse(region).orElse(null);
			if (r == null) {
				errors.add(FieldError.field("region", region, "region must be an ONS region code, E12000001 to E12000009 or W92000004"));
			}
		}
		Boolean isCurrent = null;
		if (current != null && !current.isBlank() && !current.equalsIgnoreCase("all")) {
			switch (current.toLowerCase(Locale.ROOT)) {
				case "true", "current" -> isCurrent = true;
				case "false", "historical" -> isCurrent = false;
				default -> errors.add(FieldError.field("current", current, "current must be true or false"));
			}
		}
		if (q != null && q.length() > 200) {
			errors.add(FieldError.field("q", q.substring(0, 20) + "…", "q must be at most 200 characters"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		return new AreaSearch(q == null || q.isBlank() ? null : q.trim(), areaType, r, isCurrent);
	}

	/** The same filters as a query string, for pagination and download links. */
	String queryString(String path) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		if (q != null && !q.isBlank()) {
			b.queryParam("q", q);
		}
		if (type != null && !type.isBlank()) {
			b.queryParam("type", type);
		}
		if (region != null && !region.isBlank()) {
			b.queryParam("region", region);
		}
		if (current != null && !current.isBlank()) {
			b.queryParam("current", current);
		}
		return b.build().encode().toUriString();
	}
}
