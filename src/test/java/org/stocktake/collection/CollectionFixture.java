package org.stocktake.collection;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.stocktake.support.Http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SYNTHETIC FIXTURE for collection tests: two measures of its own (unique ids, so tests never meet
 * each other's figures), made-up figures for them, and a collection over seven Greater Manchester
 * districts for 2025/26 Q2. The figures are invented for the tests only and never loaded as
 * demonstration data.
 *
 * <p>Stockport (E08000007) has received 100, 120, 110, 130, 140 in the five quarters before
 * (mean 120, σ = √200 = 14.142); its six peers decided 100, 102, 98, 101, 99, 150 in 2025/26 Q2
 * (median 100.5, MAD 1.5).
 */
final class CollectionFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String PERIOD = "2025/26 Q2";
	static final String STOCKPORT = "E08000007";
	static final String[] PEERS = { "E08000001", "E08000002", "E08000003", "E08000004", "E08000005", "E08000006" };
	static final int[] PEER_DECIDED = { 100, 102, 98, 101, 99, 150 };

	final String received;
	final String decided;
	final String title;
	final String theme;
	long id;

	CollectionFixture(Http officer) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		received = "t-" + tag + "-received";
		decided = "t-" + tag + "-decided";
		title = "Planning test collection " + tag;
		theme = "t-" + tag;
		measure(officer, received, "Applications received " + tag, theme);
		measure(officer, decided, "Applications decided " + tag, theme);
		StringBuilder csv = new StringBuilder("measure,area,period,value,status\n");
		String[] quarters = { "2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4", "2025/26 Q1" };
		int[] history = { 100, 120, 110, 130, 140 };
		for (int i = 0; i < quarters.length; i++) {
			csv.append(received).append(',').append(STOCKPORT).append(",\"").append(quarters[i]).append("\",").append(history[i]).append(",published\n");
		}
		for (int i = 0; i < PEERS.length; i++) {
			csv.append(decided).append(',').append(PEERS[i]).append(",\"").append(PERIOD).append("\",").append(PEER_DECIDED[i]).append(",published\n");
		}
		HttpResponse<String> imported = officer.postCsv("/api/v1/values/import", csv.toString());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
	}

	private static void measure(Http officer, String id, String title, String theme) {
		HttpResponse<String> r = officer.postJson("/api/v1/measures", """
				{"id": "%s", "title": "%s (synthetic test fixture)", "unit": "COUNT", "polarity": "NEUTRAL",
				 "periodicity": "FINANCIAL_QUARTER", "decimalPlaces": 1, "minValue": 0,
				 "areaTypes": ["METROPOLITAN_DISTRICT"], "themes": ["%s"]}
				""".formatted(id, title, theme));
		assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
	}

	/** Creates the collection, open today, closing in {@code closesIn} days and published in {@code publishIn}. */
	JsonNode create(Http officer, int closesIn, int publishIn) {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		StringBuilder authorities = new StringBuilder("\"" + STOCKPORT + "\"");
		for (String p : PEERS) {
			authorities.append(", \"").append(p).append('"');
		}
		HttpResponse<String> r = officer.postJson("/api/v1/collections", """
				{"title": "%s", "period": "%s", "measures": ["%s", "%s"], "authorities": [%s],
				 "opensOn": "%s", "closesOn": "%s", "publishOn": "%s",
				 "rules": [
				   {"kind": "range", "measure": "%s", "min": 0, "max": 10000},
				   {"kind": "RELATION", "measure": "%s", "operator": "<=", "otherMeasure": "%s", "message": null},
				   {"kind": "HISTORY_OUTLIER", "measure": "%s", "method": "Z_SCORE", "threshold": 3},
				   {"kind": "PEER_OUTLIER", "measure": "%s", "method": "MODIFIED_Z", "threshold": 3.5},
				   {"kind": "PEER_OUTLIER", "measure": "%s", "method": "Z_SCORE", "threshold": 3}
				 ]}
				""".formatted(title, PERIOD, received, decided, authorities, today, today.plusDays(closesIn), today.plusDays(publishIn), received,
				decided, received, received, decided, decided));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		JsonNode node = JSON.readTree(r.body());
		id = node.get("id").asLong();
		return node;
	}

	String returnPath(String gss) {
		return "/api/v1/collections/" + id + "/returns/" + gss;
	}

	String csv(String receivedValue, String receivedNote, String decidedValue, String decidedNote) {
		return "measure,area,period,value,status,note\n" + received + "," + STOCKPORT + "," + PERIOD + "," + receivedValue + ",provisional,"
				+ (receivedNote == null ? "" : "\"" + receivedNote + "\"") + "\n" + decided + "," + STOCKPORT + "," + PERIOD + "," + decidedValue
				+ ",," + (decidedNote == null ? "" : "\"" + decidedNote + "\"") + "\n";
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
