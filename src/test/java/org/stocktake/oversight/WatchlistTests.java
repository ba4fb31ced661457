package org.stocktake.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.audit.AuditTrail;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The watchlist")
class WatchlistTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern SHARE = Pattern.compile("^(\\d+) of (\\d+) ");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditTrail audit;

	Http officer;

	@BeforeEach
	void signIn() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
	}

	private JsonNode watchlist(String query) {
		HttpResponse<String> r = officer.get("/api/v1/oversight/watchlist?size=1000" + (query.isEmpty() ? "" : "&" + query));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JSON.readTree(r.body());
	}

	private static JsonNode signal(JsonNode entry, String id) {
		return entry.get("signals").valueStream().filter(s -> s.get("signal").asString().equals(id)).findFirst().orElseThrow();
	}

	@Test
	@DisplayName("scores every current principal council as the sum of its signals' points, ranked, every signal explained")
	void explainsEveryRank() {
		JsonNode list = watchlist("");
		assertThat(list.get("totalItems").asInt()).isGreaterThan(300);
		BigDecimal previous = null;
		int previousRank = 0;
		for (JsonNode e : list.get("items")) {
			BigDecimal sum = BigDecimal.ZERO;
			for (JsonNode s : e.get("signals")) {
				assertThat(s.get("explanation").asString()).isNotBlank();
				sum = sum.add(s.get("points").decimalValue());
			}
			BigDecimal score = e.get("score").decimalValue();
			assertThat(score).as(e.get("areaName").asString()).isEqualByComparingTo(sum);
			if (previous != null) {
				assertThat(score).isLessThanOrEqualTo(previous);
				assertThat(e.get("rank").asInt()).isEqualTo(score.compareTo(previous) == 0 ? previousRank : e.get("rank").asInt());
				assertThat(e.get("rank").asInt()).isGreaterThanOrEqualTo(previousRank);
			}
			previous = score;
			previousRank = e.get("rank").asInt();
		}
	}

	@Test
	@DisplayName("points are weight × the share the explanation states, for benchmarking, worsening and financial health")
	void pointsFollowTheExplanation() {
		int checked = 0;
		for (JsonNode e : watchlist("").get("items")) {
			for (String id : List.of("bottom-quartile", "worsening", "financial-health")) {
				JsonNode s = signal(e, id);
				Matcher m = SHARE.matcher(s.get("explanation").asString());
				if (m.find()) {
					BigDecimal expected = s.get("weight").decimalValue().multiply(new BigDecimal(m.group(1)))
						.divide(new BigDecimal(m.group(2)), 2, RoundingMode.HALF_UP);
					assertThat(s.get("points").decimalValue()).as(e.get("areaName").asString() + " " + id).isEqualByComparingTo(expected);
					checked++;
				}
			}
		}
		// The real finance and Oflog data give shares for most councils.
		assertThat(checked).isGreaterThan(300);
	}

	/**
	 * SYNTHETIC FIXTURE: two made-up measures over eight real counties, for this test only. Worked by hand:
	 * higher-is-better values this year are 10, 20, …, 80, so of 8 the lowest two (ranks 8 and 7) are in the
	 * bottom quartile (⌈4·8/8⌉ = ⌈4·7/8⌉ = 4) and the third lowest is not (⌈4·6/8⌉ = 3). County 0 fell 30 →
	 * 20 → 10 (worse at each step where higher is better); county 1 rose on the lower-is-better measure
	 * 1 → 2 → 3 (worse at each step where lower is better) while rising on the higher-is-better one (better).
	 */
	@Test
	@DisplayName("bottom quartile and worsening follow the comparator group and the measure's polarity (synthetic fixture)")
	void benchmarkingSignals() {
		List<String> counties = new ArrayList<>();
		watchlist("type=COUNTY&sort=name").get("items").valueStream().limit(8).forEach(e -> counties.add(e.get("area").asString()));
		assertThat(counties).hasSize(8);
		measure("synthetic-watchlist-higher", "Synthetic watchlist fixture, higher is better", "HIGHER_IS_BETTER");
		measure("synthetic-watchlist-lower", "Synthetic watchlist fixture, lower is better", "LOWER_IS_BETTER");
		StringBuilder csv = new StringBuilder("measure,area,period,value\n");
		for (int i = 0; i < 8; i++) {
			String gss = counties.get(i);
			int latest = 10 * (i + 1);
			int[] higher = i == 0 ? new int[] { 30, 20, 10 } : i == 1 ? new int[] { 10, 15, 20 } : new int[] { latest, latest, latest };
			int[] lower = i == 0 ? new int[] { 3, 2, 1 } : i == 1 ? new int[] { 1, 2, 3 } : new int[] { 5, 5, 5 };
			for (int y = 0; y < 3; y++) {
				csv.append("synthetic-watchlist-higher,").append(gss).append(',').append(2001 + y).append(',').append(higher[y]).append('\n');
				csv.append("synthetic-watchlist-lower,").append(gss).append(',').append(2001 + y).append(',').append(lower[y]).append('\n');
			}
		}
		HttpResponse<String> imported = officer.postCsv("/api/v1/values/import", csv.toString());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

		JsonNode list = watchlist("type=COUNTY&sort=name");
		JsonNode c0 = entry(list, counties.get(0));
		JsonNode c1 = entry(list, counties.get(1));
		JsonNode c2 = entry(list, counties.get(2));
		assertThat(signal(c0, "bottom-quartile").get("explanation").asString()).contains("Synthetic watchlist fixture, higher is better (2003, rank 8 of 8)")
			.doesNotContain("lower is better");
		assertThat(signal(c1, "bottom-quartile").get("explanation").asString()).contains("Synthetic watchlist fixture, higher is better (2003, rank 7 of 8)");
		assertThat(signal(c2, "bottom-quartile").get("explanation").asString()).doesNotContain("Synthetic watchlist fixture");
		assertThat(signal(c0, "worsening").get("explanation").asString()).contains("Synthetic watchlist fixture, higher is better (2001: 30, 2002: 20, 2003: 10)")
			.doesNotContain("lower is better");
		assertThat(signal(c1, "worsening").get("explanation").asString()).contains("Synthetic watchlist fixture, lower is better (2001: 1, 2002: 2, 2003: 3)")
			.doesNotContain("higher is better");
		assertThat(signal(c2, "worsening").get("explanation").asString()).doesNotContain("Synthetic watchlist fixture");
	}

	private void measure(String id, String title, String polarity) {
		HttpResponse<String> r = officer.postJson("/api/v1/measures", """
				{"id": "%s", "title": "%s", "unit": "SCORE", "polarity": "%s", "periodicity": "CALENDAR_YEAR", "decimalPlaces": 0}
				""".formatted(id, title, polarity));
		assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
	}

	private static JsonNode entry(JsonNode list, String gss) {
		return list.get("items").valueStream().filter(e -> e.get("area").asString().equals(gss)).findFirst().orElseThrow();
	}

	@Test
	@DisplayName("filters by region, type, signal and not-yet-inspected, and sorts by name")
	void filters() {
		JsonNode nw = watchlist("region=E12000002&type=METROPOLITAN_DISTRICT&sort=name");
		List<String> names = new ArrayList<>();
		nw.get("items").forEach(e -> {
			assertThat(e.get("region").asString()).isEqualTo("E12000002");
			assertThat(e.get("type").asString()).isEqualTo("METROPOLITAN_DISTRICT");
			names.add(e.get("areaName").asString());
		});
		assertThat(names).isNotEmpty().isSorted();
		watchlist("signal=peer-challenge").get("items").forEach(e -> assertThat(signal(e, "peer-challenge").get("raised").asBoolean()).isTrue());
		JsonNode summary = JSON.readTree(new Http(port).get("/api/v1/inspections/summary?inspectorate=ofsted&framework=ilacs").body());
		Set<String> notInspected = new HashSet<>();
		summary.get("notInspected").forEach(n -> notInspected.add(n.asString()));
		JsonNode notYet = watchlist("notInspected=ofsted/ilacs");
		Set<String> listed = new HashSet<>();
		notYet.get("items").forEach(e -> listed.add(e.get("area").asString()));
		// Independently: every current principal council the summary counts as not inspected (it may also list other kinds).
		assertThat(notInspected).containsAll(listed);
		assertThat(officer.get("/api/v1/oversight/watchlist?region=nowhere").statusCode()).isEqualTo(400);
	}

	@Test
	@DisplayName("weights: admins set them with every bad value named and nothing changed, each change audited; officers may not")
	void weights() {
		Http admin = new Http(port).as(new TestUsers(context).create(Role.ADMIN).token());
		HttpResponse<String> bad = admin.send("PUT", "/api/v1/oversight/watchlist/weights", "application/json", """
				[{"id": "peer-challenge", "weight": "150", "enabled": true}, {"id": "worsening", "weight": "abc", "enabled": true},
				 {"id": "threshold", "weight": "1.25", "enabled": true}]""".getBytes(StandardCharsets.UTF_8));
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(bad.body()).contains("weight-peer-challenge", "weight-worsening", "weight-threshold");
		assertThat(weightOf("peer-challenge")).isEqualByComparingTo("5");
		assertThat(officer.send("PUT", "/api/v1/oversight/watchlist/weights", "application/json",
				"[{\"id\": \"peer-challenge\", \"weight\": \"7\", \"enabled\": true}]".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
		try {
			HttpResponse<String> ok = admin.send("PUT", "/api/v1/oversight/watchlist/weights", "application/json",
					"[{\"id\": \"peer-challenge\", \"weight\": \"7.5\", \"enabled\": true}]".getBytes(StandardCharsets.UTF_8));
			assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
			assertThat(weightOf("peer-challenge")).isEqualByComparingTo("7.5");
			JsonNode raised = watchlist("signal=peer-challenge").get("items").get(0);
			assertThat(signal(raised, "peer-challenge").get("points").decimalValue()).isEqualByComparingTo("7.50");
			assertThat(audit.search(new AuditTrail.Filter(null, "watchlist-signal", "peer-challenge", null, null), new PageRequest(0, 10)).items())
				.anySatisfy(e -> assertThat(e.summary()).contains("weight 7.5"));
		}
		finally {
			admin.send("PUT", "/api/v1/oversight/watchlist/weights", "application/json",
					"[{\"id\": \"peer-challenge\", \"weight\": \"5\", \"enabled\": true}]".getBytes(StandardCharsets.UTF_8));
		}
		HttpResponse<String> page = admin.withSession().postForm("/oversight/watchlist/weights", "weight-inspection-grade", "-1");
		assertThat(page.body()).contains("The weight must be from 0 to 100");
	}

	private BigDecimal weightOf(String id) {
		return JSON.readTree(officer.get("/api/v1/oversight/watchlist/weights").body()).valueStream()
			.filter(w -> w.get("id").asString().equals(id)).findFirst().orElseThrow().get("weight").decimalValue();
	}

	@Test
	@DisplayName("saved views: an officer saves filters by name, shares them by link; a private one stays private")
	void savedViews() {
		Http colleague = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		String name = "North West by name " + System.nanoTime();
		HttpResponse<String> saved = officer.postJson("/api/v1/oversight/watchlist/views",
				"{\"name\": \"" + name + "\", \"query\": \"region=E12000002&sort=name\", \"shared\": true}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		long id = JSON.readTree(saved.body()).get("id").asLong();
		HttpResponse<String> secret = officer.postJson("/api/v1/oversight/watchlist/views",
				"{\"name\": \"Mine " + System.nanoTime() + "\", \"query\": \"signal=intervention\", \"shared\": false}");
		long secretId = JSON.readTree(secret.body()).get("id").asLong();
		assertThat(officer.postJson("/api/v1/oversight/watchlist/views", "{\"name\": \"" + name + "\", \"query\": \"\", \"shared\": false}")
			.statusCode()).isEqualTo(400);
		assertThat(officer.postJson("/api/v1/oversight/watchlist/views", "{\"name\": \"x\", \"query\": \"sort=nonsense\", \"shared\": false}")
			.statusCode()).isEqualTo(400);

		assertThat(colleague.get("/api/v1/oversight/watchlist/views").body()).contains(name, "Not yet inspected under ILACS, at potential risk")
			.doesNotContain("\"id\":" + secretId + ",");
		JsonNode viaView = JSON.readTree(colleague.get("/api/v1/oversight/watchlist?size=1000&view=" + id).body());
		List<String> names = new ArrayList<>();
		viaView.get("items").forEach(e -> {
			assertThat(e.get("region").asString()).isEqualTo("E12000002");
			names.add(e.get("areaName").asString());
		});
		assertThat(names).isNotEmpty().isSorted();
		assertThat(colleague.get("/api/v1/oversight/watchlist?view=" + secretId).statusCode()).isEqualTo(404);
		assertThat(colleague.send("DELETE", "/api/v1/oversight/watchlist/views/" + id, null, null).statusCode()).isEqualTo(403);
		assertThat(colleague.withSession().get("/oversight/watchlist/views/" + id).statusCode()).isIn(200, 302);
		assertThat(officer.send("DELETE", "/api/v1/oversight/watchlist/views/" + id, null, null).statusCode()).isEqualTo(204);
		assertThat(colleague.get("/api/v1/oversight/watchlist/views").body()).doesNotContain(name);
	}

	@Test
	@DisplayName("the seed's prioritisation ships as a shared view: not yet inspected under ILACS, riskiest first")
	void prioritisation() {
		JsonNode views = JSON.readTree(officer.get("/api/v1/oversight/watchlist/views").body());
		JsonNode seed = views.valueStream().filter(v -> v.get("name").asString().startsWith("Not yet inspected under ILACS")).findFirst().orElseThrow();
		assertThat(seed.get("shared").asBoolean()).isTrue();
		JsonNode list = JSON.readTree(officer.get("/api/v1/oversight/watchlist?size=1000&view=" + seed.get("id").asLong()).body());
		BigDecimal previous = null;
		for (JsonNode e : list.get("items")) {
			assertThat(e.get("notInspectedUnder").toString()).contains("ofsted/ilacs");
			assertThat(e.get("score").decimalValue()).isPositive();
			if (previous != null) {
				assertThat(e.get("score").decimalValue()).isLessThanOrEqualTo(previous);
			}
			previous = e.get("score").decimalValue();
		}
	}

	@Test
	@DisplayName("is for officers only: a council's user sees its oversight record without any score")
	void access() {
		Http council = new Http(port).as(new TestUsers(context).create(Role.COUNCIL).token());
		assertThat(council.get("/api/v1/oversight/watchlist").statusCode()).isEqualTo(403);
		assertThat(new Http(port).get("/api/v1/oversight/watchlist").statusCode()).isEqualTo(401);
		String own = council.get("/oversight/areas/E08000007").body();
		assertThat(own).contains("Stockport").doesNotContain("On the watchlist", "watchlist-signals");
		String asOfficer = officer.get("/oversight/areas/E08000007").body();
		assertThat(asOfficer).contains("On the watchlist", "watchlist-signals");
		assertThat(officer.get("/oversight/watchlist?region=E12000002").body()).contains("Stockport", "Reasons");
	}
}
