package org.stocktake.knowledge;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Searching the case-study library")
class CaseStudySearchTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	final JsonMapper json = JsonMapper.builder().build();

	Http officer;

	Http anonymous;

	final String source = "search-test-" + UUID.randomUUID();

	final Map<String, Long> ids = new HashMap<>();

	@BeforeAll
	void loadTheCorpus() {
		anonymous = new Http(port);
		officer = anonymous.as(new TestUsers(context).create(Role.OFFICER).token());
		for (CaseStudyCorpus.Entry e : CaseStudyCorpus.ENTRIES) {
			ObjectNode body = json.createObjectNode();
			body.put("title", e.title()).put("summary", e.summary()).put("approach", e.approach()).put("outcomes", e.outcomes())
				.put("source", source).put("publishedOn", e.publishedOn());
			if (e.savings() != null) {
				body.put("savings", e.savings());
			}
			e.themes().forEach(body.putArray("themes")::add);
			e.councils().forEach(body.putArray("councils")::add);
			HttpResponse<String> created = officer.postJson("/api/v1/case-studies", body.toString());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			long id = json.readTree(created.body()).get("id").asLong();
			assertThat(officer.postJson("/api/v1/case-studies/" + id + "/publish", "").statusCode()).isEqualTo(200);
			ids.put(e.key(), id);
		}
	}

	JsonNode search(String query) {
		HttpResponse<String> r = anonymous.get("/api/v1/case-studies?source=" + enc(source) + "&" + query, "application/json");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

	List<Long> idsOf(JsonNode result) {
		List<Long> list = new ArrayList<>();
		result.get("items").forEach(i -> list.add(i.get("id").asLong()));
		return list;
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Nested
	@DisplayName("by words")
	class Words {

		@ParameterizedTest(name = "\"{0}\" finds {1} first")
		@CsvSource({ "weekly food waste collections, food-waste", "food waste in flats, food-waste-2", "shared chief executive, shared-ceo", "reablement after hospital, reablement",
				"energy bills, energy", "homelessness prevention, homelessness", "highways procurement, procurement",
				"leisure trust, leisure", "council tax online, digital", "surplus property civic hub, property" })
		void rankTheBestMatchFirst(String q, String expected) {
			JsonNode result = search("q=" + enc(q));
			assertThat(idsOf(result)).isNotEmpty();
			assertThat(idsOf(result).get(0)).as("first result for " + q).isEqualTo(ids.get(expected));
		}

		@Test
		@DisplayName("a title match ranks above a match in the outcomes only")
		void titleOutranksBody() {
			List<Long> found = idsOf(search("q=recycling"));
			assertThat(found).contains(ids.get("food-waste"), ids.get("food-waste-2"), ids.get("garden-waste"));
			assertThat(found.indexOf(ids.get("food-waste-2"))).isLessThan(found.indexOf(ids.get("garden-waste")));
		}

		@Test
		@DisplayName("stems words: 'collections' finds 'collection'")
		void stems() {
			assertThat(idsOf(search("q=collections"))).contains(ids.get("garden-waste"), ids.get("food-waste"));
		}

		@Test
		@DisplayName("highlights the words that matched")
		void highlights() {
			JsonNode first = search("q=" + enc("garden waste")).get("items").get(0);
			assertThat(first.get("titleHighlighted").asString()).contains("<mark>garden</mark>", "<mark>waste</mark>");
			assertThat(first.get("summaryHighlighted").asString()).contains("<mark>");
		}

		@Test
		@DisplayName("finds nothing for words no case study has")
		void nothing() {
			assertThat(search("q=zeppelin").get("totalItems").asInt()).isZero();
		}
	}

	@Nested
	@DisplayName("with typing mistakes")
	class Typos {

		@ParameterizedTest(name = "\"{0}\" is read as \"{1}\"")
		@CsvSource({ "recyclng, recycling, food-waste", "reablment, reablement, reablement", "homelesness, homelessness, homelessness",
				"procurment highways, procurement highways, procurement" })
		void correctsMisspeltWords(String typed, String meant, String expected) {
			JsonNode result = search("q=" + enc(typed));
			assertThat(result.get("correctedQuery").asString()).isEqualTo(meant);
			assertThat(idsOf(result)).contains(ids.get(expected));
		}

		@Test
		@DisplayName("leaves a correctly spelt query alone")
		void noCorrection() {
			assertThat(search("q=recycling").get("correctedQuery").isNull()).isTrue();
		}
	}

	@Nested
	@DisplayName("with filters")
	class Filters {

		@Test
		@DisplayName("by theme")
		void theme() {
			assertThat(idsOf(search("theme=" + enc("Environment and waste"))))
				.containsExactlyInAnyOrder(ids.get("food-waste"), ids.get("garden-waste"), ids.get("food-waste-2"));
		}

		@Test
		@DisplayName("by region of a council involved")
		void region() {
			assertThat(idsOf(search("region=E12000007"))).containsExactlyInAnyOrder(ids.get("digital"), ids.get("food-waste-2"));
		}

		@Test
		@DisplayName("by council type")
		void councilType() {
			assertThat(idsOf(search("type=COUNTY"))).containsExactlyInAnyOrder(ids.get("property"), ids.get("procurement"));
		}

		@Test
		@DisplayName("by savings band")
		void savingsBand() {
			assertThat(idsOf(search("savingsBand=OVER_1M"))).containsExactlyInAnyOrder(ids.get("shared-ceo"), ids.get("reablement"),
					ids.get("procurement"));
			assertThat(idsOf(search("savingsBand=UNDER_100K"))).containsExactlyInAnyOrder(ids.get("digital"), ids.get("food-waste-2"));
		}

		@Test
		@DisplayName("by year published")
		void year() {
			assertThat(idsOf(search("year=2014"))).containsExactlyInAnyOrder(ids.get("shared-ceo"), ids.get("digital"), ids.get("leisure"));
		}

		@Test
		@DisplayName("with words and a filter together")
		void wordsAndFilter() {
			assertThat(idsOf(search("q=waste&region=E12000006"))).containsExactlyInAnyOrder(ids.get("food-waste"), ids.get("garden-waste"));
		}

		@Test
		@DisplayName("rejects an unknown filter value")
		void unknown() {
			assertThat(anonymous.get("/api/v1/case-studies?savingsBand=LOTS", "application/json").statusCode()).isEqualTo(400);
		}
	}

	@Nested
	@DisplayName("sorted")
	class Sorting {

		@Test
		@DisplayName("newest first, by savings, by title")
		void orders() {
			List<Long> newest = idsOf(search("sort=NEWEST&size=3"));
			assertThat(newest).containsExactly(ids.get("homelessness"), ids.get("garden-waste"), ids.get("food-waste-2"));
			assertThat(idsOf(search("sort=SAVINGS&size=1"))).containsExactly(ids.get("reablement"));
			assertThat(idsOf(search("sort=TITLE&size=1"))).containsExactly(ids.get("garden-waste"));
			assertThat(search("size=5&page=2").get("totalItems").asInt()).isEqualTo(CaseStudyCorpus.ENTRIES.size());
		}
	}

	@Test
	@DisplayName("more like this: another food waste case study is the most like the first")
	void moreLikeThis() {
		JsonNode study = json.readTree(anonymous.get("/api/v1/case-studies/" + ids.get("food-waste"), "application/json").body());
		assertThat(study.get("moreLikeThis").get(0).get("id").asLong()).isIn(ids.get("food-waste-2"), ids.get("garden-waste"));
		List<Long> similar = new ArrayList<>();
		study.get("moreLikeThis").forEach(s -> similar.add(s.get("id").asLong()));
		assertThat(similar).contains(ids.get("food-waste-2"), ids.get("garden-waste")).doesNotContain(ids.get("food-waste"));
	}

	@Test
	@DisplayName("the search page shows the correction, highlighted results and the filters")
	void page() {
		HttpResponse<String> page = anonymous.get("/case-studies?q=reablment");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Showing results for", "<mark>reablement</mark>", "<mark>Reablement</mark> keeps older people", "Annual savings");
	}
}
