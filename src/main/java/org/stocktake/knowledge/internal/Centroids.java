package org.stocktake.knowledge.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Each authority's centroid, from the latitude and longitude columns of the register's source file
 * (mySociety's register of councils, the file the register itself loads). The register keeps no
 * coordinates of its own, so the map reads them here, by GSS code or former GSS code.
 */
@Component
public class Centroids {

	public record Point(double latitude, double longitude) {
	}

	static final String REGISTER_FILE = "demo/register/uk_local_authorities_current.csv";

	private final Map<String, Point> byGss = new HashMap<>();

	Centroids() {
		try (var reader = new InputStreamReader(new ClassPathResource(REGISTER_FILE).getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				if (r.get("lat").isBlank() || r.get("long").isBlank()) {
					continue;
				}
				Point p = new Point(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("long")));
				byGss.put(r.get("gss-code"), p);
				for (String former : r.get("former-gss-codes").split(",")) {
					if (!former.isBlank()) {
						byGss.putIfAbsent(former.trim(), p);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<Point> of(String gssCode) {
		return Optional.ofNullable(byGss.get(gssCode));
	}
}
