package org.stocktake.data;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.register.Area;
import org.stocktake.register.Register;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@StocktakeTest
@DisplayName("Nearest-neighbour models")
class NeighbourModelTests {

	static final String STOCKPORT = "E08000007";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Register register;

	Http http;
	Http officer;
	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void clients() {
		http = new Http(port);
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
	}

	JsonNode get(String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	@Test
	@DisplayName("the default model's neighbours agree with an independent computation from the source files")
	void defaultModelAgreesWithTheSourceFiles() throws IOException {
		Map<String, Double> population = new HashMap<>();
		for (CSVRecord r : BenchmarkApiTests.source("mid_year_population_estimates_1991_2023_all_ages.csv")) {
			if (r.get("date").equals("2023") && !r.get("value").isBlank()) {
				population.put(r.get("geography_code"), Math.log(Double.parseDouble(r.get("value"))));
			}
		}
		Map<String, double[]> imd = new HashMap<>();
		for (CSVRecord r : BenchmarkApiTests.source("iod2025_lad_summaries.csv")) {
			if (r.get("index_domain").equals("Index of Multiple Deprivation")) {
				imd.put(r.get("area_code"), new double[] { Double.parseDouble(r.get("average_score")), Double.parseDouble(r.get("proportion_bottom_decile")) });
			}
		}
		List<String> codes = new ArrayList<>();
		Map<String, String> kinds = new HashMap<>();
		for (Area area : register.all()) {
			String kind = area.current() ? Neighbours.kind(area.type()) : null;
			if (kind != null && population.containsKey(area.gssCode()) && imd.containsKey(area.gssCode())) {
				codes.add(area.gssCode());
				kinds.put(area.gssCode(), kind);
			}
		}
		double[][] x = new double[codes.size()][];
		for (int i = 0; i < codes.size(); i++) {
			x[i] = new double[] { population.get(codes.get(i)), imd.get(codes.get(i))[0], imd.get(codes.get(i))[1] };
		}
		double[][] z = standardise(x);
		int me = codes.indexOf(STOCKPORT);
		List<double[]> distances = new ArrayList<>();
		for (int j = 0; j < codes.size(); j++) {
			if (j != me && kinds.get(codes.get(j)).equals("single-tier")) {
				double d = 0;
				for (int v = 0; v < 3; v++) {
					d += Math.pow(z[me][v] - z[j][v], 2);
				}
				distances.add(new double[] { j, Math.sqrt(d) });
			}
		}
		distances.sort(Comparator.comparingDouble((double[] d) -> d[1]).thenComparing(d -> codes.get((int) d[0])));

		JsonNode list = get("/api/v1/areas/" + STOCKPORT + "/neighbours");

		assertThat(list.get("model").get("id").asString()).isEqualTo(Neighbours.DEFAULT_MODEL);
		JsonNode neighbours = list.get("neighbours");
		assertThat(neighbours).hasSize(15);
		for (int i = 0; i < 15; i++) {
			assertThat(neighbours.get(i).get("gssCode").asString()).as("neighbour %d", i + 1).isEqualTo(codes.get((int) distances.get(i)[0]));
			assertThat(neighbours.get(i).get("distance").asDouble()).isCloseTo(distances.get(i)[1], within(1e-6));
		}
	}

	static double[][] standardise(double[][] x) {
		int n = x.length;
		int m = x[0].length;
		double[][] z = new double[n][m];
		for (int v = 0; v < m; v++) {
			double mean = 0;
			for (double[] row : x) {
				mean += row[v] / n;
			}
			double variance = 0;
			for (double[] row : x) {
				variance += Math.pow(row[v] - mean, 2) / n;
			}
			for (int i = 0; i < n; i++) {
				z[i][v] = (x[i][v] - mean) / Math.sqrt(variance);
			}
		}
		return z;
	}

	@Test
	@DisplayName("each neighbour's distance is explained variable by variable")
	void neighboursAreExplained() {
		JsonNode list = get("/api/v1/areas/" + STOCKPORT + "/neighbours");

		for (JsonNode n : list.get("neighbours")) {
			double shares = 0;
			for (JsonNode c : n.get("contributions")) {
				shares += c.get("share").asDouble();
				assertThat(c.get("neighbourValue").isNull()).isFalse();
			}
			assertThat(shares).isCloseTo(1.0, within(1e-9));
		}
		assertThat(list.get("variables")).extracting(v -> v.get("measureId").asString())
			.containsExactly("population", "imd-average-score", "imd-most-deprived-decile");
	}

	@Test
	@DisplayName("a model's id is a comparator group: the authority and its neighbours")
	void modelIsAComparatorGroup() {
		JsonNode benchmark = get("/api/v1/benchmark?measure=population&period=2023&area=" + STOCKPORT + "&group=" + Neighbours.DEFAULT_MODEL);

		assertThat(benchmark.get("count").asInt()).isEqualTo(16);
		assertThat(benchmark.get("groupName").asString()).contains("Stockport and its 15 nearest neighbours");
	}

	@Test
	@DisplayName("a county, which the deprivation indices do not cover, is told why it has no neighbours")
	void countyHasNone() {
		String county = register.all().stream().filter(a -> a.current() && a.type() == org.stocktake.register.AreaType.COUNTY).findFirst().orElseThrow().gssCode();

		assertThat(get("/api/v1/areas/" + county + "/neighbours").get("neighbours")).isEmpty();
		HttpResponse<String> page = http.get("/areas/" + county + "/neighbours");
		assertThat(page.body()).contains("has no neighbours in this model");
		assertThat(http.get("/api/v1/benchmark?measure=population&period=2023&area=" + county + "&group=" + Neighbours.DEFAULT_MODEL).statusCode())
			.isEqualTo(400);
	}

	@Test
	@DisplayName("an officer defines a model of their own; bad definitions are refused field by field")
	void officerDefinesAModel() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> refused = officer.postJson("/api/v1/neighbour-models", """
				{"id": "%s", "name": "", "size": 0, "variables": [{"measureId": "no-such-measure", "weight": 0}]}""".formatted(id));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"field\":\"name\"", "\"field\":\"size\"", "variables[0].measureId", "variables[0].weight");
		assertThat(http.get("/api/v1/neighbour-models/" + id).statusCode()).isEqualTo(404);

		HttpResponse<String> created = officer.postJson("/api/v1/neighbour-models", """
				{"id": "%s", "name": "Size only", "size": 5, "variables": [{"measureId": "population", "weight": 1, "logScale": true}]}""".formatted(id));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		JsonNode list = get("/api/v1/areas/" + STOCKPORT + "/neighbours?model=" + id);
		assertThat(list.get("neighbours")).hasSize(5);
		assertThat(http.postJson("/api/v1/neighbour-models", "{}").statusCode()).isIn(401, 403);
	}

	@Test
	@DisplayName("a published list is imported as a named model, all or nothing, with every bad row named")
	void publishedListIsImported() {
		String id = "published-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> bad = officer.postCsv("/api/v1/neighbour-models/" + id + "/import?name=Test%20list&source=A%20test%20publisher", """
				area,neighbour,rank
				E08000007,E08000008,1
				E08000007,E99999999,2
				E08000007,E08000009,1
				E08000007,E08000007,3
				""");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"row\":3", "E99999999", "\"row\":4", "already has rank 1", "\"row\":5", "not its own neighbour");
		assertThat(http.get("/api/v1/neighbour-models/" + id).statusCode()).isEqualTo(404);

		HttpResponse<String> good = officer.postCsv("/api/v1/neighbour-models/" + id + "/import?name=Test%20list&source=A%20test%20publisher", """
				area,neighbour,rank
				E08000007,E08000008,1
				E08000007,E08000009,2
				""");
		assertThat(good.statusCode()).as(good.body()).isEqualTo(200);

		JsonNode list = get("/api/v1/areas/" + STOCKPORT + "/neighbours?model=" + id);
		assertThat(list.get("model").get("kind").asString()).isEqualTo("IMPORTED");
		assertThat(list.get("model").get("source").asString()).isEqualTo("A test publisher");
		assertThat(list.get("neighbours")).extracting(n -> n.get("gssCode").asString()).containsExactly("E08000008", "E08000009");
		assertThat(get("/api/v1/benchmark?measure=population&period=2023&area=" + STOCKPORT + "&group=" + id).get("count").asInt()).isEqualTo(3);
	}
}
