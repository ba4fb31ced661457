package org.stocktake.data;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@StocktakeTest
@DisplayName("Comparing a measure within a group")
class BenchmarkApiTests {

	@LocalServerPort
	int port;

	Http http;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	JsonNode get(String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	static List<CSVRecord> source(String file) throws IOException {
		try (var reader = new InputStreamReader(new ClassPathResource("demo/data/" + file).getInputStream(), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	@Nested
	@DisplayName("agrees with an independent computation from the source CSV")
	class AgainstTheSource {

		@Test
		@DisplayName("for Stockport's household recycling rate in 2015/16 among English collection authorities")
		void recyclingRate() throws IOException {
			List<BigDecimal> england = new ArrayList<>();
			BigDecimal stockport = null;
			for (CSVRecord r : source("household_recycling_rate_uk_trafforddatalab.csv")) {
				if (r.get("period").equals("2015/16") && r.get("area_code").startsWith("E") && !r.get("value").equals("NA")) {
					BigDecimal v = new BigDecimal(r.get("value")).setScale(1, RoundingMode.HALF_UP);
					england.add(v);
					if (r.get("area_code").equals("E08000007")) {
						stockport = v;
					}
				}
			}
			int n = england.size();
			BigDecimal own = stockport;
			int rank = 1 + (int) england.stream().filter(v -> v.compareTo(own) > 0).count();
			double mean = england.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
			double sd = Math.sqrt(england.stream().mapToDouble(v -> Math.pow(v.doubleValue() - mean, 2)).sum() / n);
			List<BigDecimal> sorted = england.stream().sorted().toList();
			double median = n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1).doubleValue() + sorted.get(n / 2).doubleValue()) / 2;

			JsonNode b = get("/api/v1/benchmark?measure=household-recycling-rate&period=2015/16&area=E08000007&group=england");
			assertThat(b.get("count").asInt()).isEqualTo(n);
			assertThat(b.get("value").decimalValue()).isEqualByComparingTo(own);
			assertThat(b.get("rank").asInt()).isEqualTo(rank);
			assertThat(b.get("quartile").asInt()).isEqualTo((int) Math.ceil(4.0 * rank / n));
			assertThat(b.get("percentile").asDouble()).isCloseTo(100.0 * (n - rank) / (n - 1), within(1e-9));
			assertThat(b.get("mean").asDouble()).isCloseTo(mean, within(1e-9));
			assertThat(b.get("median").asDouble()).isCloseTo(median, within(1e-9));
			assertThat(b.get("min").decimalValue()).isEqualByComparingTo(sorted.get(0));
			assertThat(b.get("max").decimalValue()).isEqualByComparingTo(sorted.get(n - 1));
			assertThat(b.get("sdFromMean").asDouble()).isCloseTo((own.doubleValue() - mean) / sd, within(1e-9));
			assertThat(b.get("members").size()).isEqualTo(n);
			assertThat(b.get("orderWord").asString()).isEqualTo("rank");
		}

		@Test
		@DisplayName("for the position of every district on IMD 2019 average score, which the source ranks itself")
		void deprivationPositions() throws IOException {
			Map<String, Integer> sourceRank = new HashMap<>();
			Map<String, BigDecimal> score = new HashMap<>();
			for (CSVRecord r : source("iod2019_lad_summaries.csv")) {
				if (r.get("index_domain").equals("Index of Multiple Deprivation")) {
					sourceRank.put(r.get("lad19cd"), Integer.parseInt(r.get("rank_average_score")));
					score.put(r.get("lad19cd"), new BigDecimal(r.get("average_score")).setScale(3, RoundingMode.HALF_UP));
				}
			}
			JsonNode b = get("/api/v1/benchmark?measure=imd-average-score&period=2019&group=england");
			assertThat(b.get("count").asInt()).isEqualTo(sourceRank.size()).isEqualTo(317);
			assertThat(b.get("orderWord").asString()).isEqualTo("position");
			int compared = 0;
			for (JsonNode m : b.get("members")) {
				String code = m.get("gssCode").asString();
				boolean tied = score.values().stream().filter(v -> v.compareTo(score.get(code)) == 0).count() > 1;
				if (!tied) {
					assertThat(m.get("rank").asInt()).as(code).isEqualTo(sourceRank.get(code));
					compared++;
				}
			}
			assertThat(compared).isGreaterThan(300);
		}
	}

	@Nested
	@DisplayName("ranks and groups")
	class RanksAndGroups {

		@Test
		@DisplayName("ranks lower-is-better measures from the lowest value, sharing ranks on ties")
		void lowerIsBetter() {
			JsonNode b = get("/api/v1/benchmark?measure=oflog-residual-household-waste&period=2022/23&group=england");
			List<Double> values = new ArrayList<>();
			List<Integer> ranks = new ArrayList<>();
			b.get("members").forEach(m -> {
				values.add(m.get("value").asDouble());
				ranks.add(m.get("rank").asInt());
			});
			assertThat(values).isSortedAccordingTo(Comparator.naturalOrder());
			for (int i = 1; i < values.size(); i++) {
				assertThat(ranks.get(i)).isEqualTo(values.get(i).equals(values.get(i - 1)) ? ranks.get(i - 1) : i + 1);
			}
		}

		@Test
		@DisplayName("the region group holds only the area's region, and the regional mean is given beside England's")
		void regionGroup() {
			JsonNode b = get("/api/v1/benchmark?measure=household-recycling-rate&period=2019/20&area=E08000007&group=region");
			assertThat(b.get("regionName").asString()).isEqualTo("North West");
			assertThat(b.get("count").asInt()).isEqualTo(b.get("regionCount").asInt());
			assertThat(b.get("mean").asDouble()).isEqualTo(b.get("regionMean").asDouble());
			assertThat(b.get("englandCount").asInt()).isGreaterThan(b.get("count").asInt());
		}

		@Test
		@DisplayName("a user-defined register group compares only its members")
		void registerGroup() {
			JsonNode b = get("/api/v1/benchmark?measure=household-recycling-rate&period=2019/20&area=E08000007&group=ca-greater-manchester");
			assertThat(b.get("count").asInt()).isEqualTo(10);
			assertThat(b.get("groupName").asString()).contains("Greater Manchester");
		}

		@Test
		@DisplayName("names the weight measure whenever it gives a weighted mean")
		void weightedMean() {
			JsonNode b = get("/api/v1/benchmark?measure=household-recycling-rate&period=2019/20&area=E08000007&group=england");
			assertThat(b.get("weightMeasure").asString()).isEqualTo("population");
			assertThat(b.get("weightPeriod").asString()).isEqualTo("2019");
			assertThat(b.get("weightedMean").asDouble()).isBetween(b.get("min").asDouble(), b.get("max").asDouble());
			assertThat(get("/api/v1/benchmark?measure=band-d-council-tax&period=2019/20&group=england").get("weightedMean").isNull()).isTrue();
		}

		@Test
		@DisplayName("gives the change from the previous period")
		void change() {
			JsonNode b = get("/api/v1/benchmark?measure=population&period=2020&area=E08000007&group=tier");
			JsonNode before = get("/api/v1/values?measure=population&period=2019&area=E08000007").get("items").get(0);
			assertThat(b.get("change").get("previousPeriod").asString()).isEqualTo("2019");
			assertThat(b.get("change").get("difference").decimalValue())
				.isEqualByComparingTo(b.get("value").decimalValue().subtract(before.get("value").decimalValue()));
			assertThat(b.get("changeOnYear").get("previousPeriod").asString()).isEqualTo("2019");
		}

		@Test
		@DisplayName("keeps suppressed and missing members out of the statistics, with their markers")
		void missingValuesExcluded() {
			JsonNode b = get("/api/v1/benchmark?measure=rs-adult-social-care&period=2014/15&group=england");
			int withValue = b.get("members").size();
			assertThat(b.get("count").asInt()).isEqualTo(withValue);
			for (JsonNode m : b.get("members")) {
				assertThat(m.get("value").isNull()).isFalse();
			}
		}

		@Test
		@DisplayName("refuses a period written for another periodicity, and an unknown group")
		void badParameters() {
			HttpResponse<String> period = http.get("/api/v1/benchmark?measure=household-recycling-rate&period=2019&group=england");
			assertThat(period.statusCode()).isEqualTo(400);
			assertThat(period.body()).contains("\"field\":\"period\"");
			assertThat(http.get("/api/v1/benchmark?measure=household-recycling-rate&group=nowhere").statusCode()).isEqualTo(400);
			assertThat(http.get("/api/v1/benchmark?measure=no-such-measure").statusCode()).isEqualTo(404);
		}
	}

	@Nested
	@DisplayName("read endpoints")
	class ReadEndpoints {

		@Test
		@DisplayName("answer with an ETag and 304 when it still matches")
		void etag() {
			HttpResponse<String> first = http.get("/api/v1/measures/population");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> second = http.send("GET", "/api/v1/measures/population", null, null);
			assertThat(second.headers().firstValue("ETag")).hasValue(etag);
			var conditional = java.net.http.HttpClient.newHttpClient();
			try {
				var response = conditional.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/measures/population")))
					.header("If-None-Match", etag).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(304);
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Test
		@DisplayName("give values as CSV by Accept header or format=csv")
		void csv() {
			HttpResponse<String> byAccept = http.get("/api/v1/values?measure=household-recycling-rate&period=2019-20&area=E08000007", "text/csv");
			assertThat(byAccept.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
			assertThat(byAccept.body()).startsWith("\uFEFFmeasure,area,period,value,status,area_name").contains("E08000007,2019/20,");
			JsonNode b = get("/api/v1/benchmark?measure=household-recycling-rate&group=england&period=2019/20");
			int withRow = b.get("count").asInt();
			for (JsonNode absent : b.get("withoutValue")) {
				withRow += absent.get("status").isNull() ? 0 : 1;
			}
			assertThat(http.get("/api/v1/values?measure=household-recycling-rate&group=england&period=2019/20&format=csv").body().lines().count())
				.isEqualTo(withRow + 1L);
		}

		@Test
		@DisplayName("download a whole theme as CSV or XLSX, suppressed values as their markers and never as zero")
		void themeDownload() throws IOException, InterruptedException {
			String csv = http.get("/api/v1/values?theme=deprivation&period=2019&format=csv").body();
			List<String> measuresInFile = csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).distinct().toList();
			assertThat(measuresInFile).containsExactlyInAnyOrder("imd-average-score", "imd-most-deprived-decile");
			long imdRows = source("iod2019_lad_summaries.csv").stream().filter(r -> r.get("index_domain").equals("Index of Multiple Deprivation")).count();
			assertThat(csv.lines().filter(line -> line.startsWith("imd-average-score,")).count()).isPositive().isLessThanOrEqualTo(imdRows);

			HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/values?theme=deprivation&period=2019&format=xlsx"))).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(xlsx.statusCode()).isEqualTo(200);
			try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
				var sheet = workbook.getSheetAt(0);
				assertThat(sheet.getLastRowNum()).isEqualTo(csv.lines().count() - 1);
				assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			}
			assertThat(http.get("/api/v1/values?theme=deprivation").statusCode()).isEqualTo(400);
			assertThat(http.get("/api/v1/values?theme=no-such-theme&format=csv").statusCode()).isEqualTo(404);
			assertThat(http.get("/api/v1/values?measure=population&theme=deprivation&format=csv").statusCode()).isEqualTo(400);
		}

		@Test
		@DisplayName("profile an area across measures with rank and quartile")
		void profile() {
			JsonNode p = get("/api/v1/areas/E08000007/profile?theme=waste");
			assertThat(p.get("group").asString()).isEqualTo("england");
			List<String> ids = new ArrayList<>();
			p.get("items").forEach(i -> ids.add(i.get("measure").asString()));
			assertThat(ids).contains("household-recycling-rate", "oflog-recycling-contamination-rate").doesNotContain("population");
			p.get("items").forEach(i -> assertThat(i.get("quartile").asInt()).isBetween(1, 4));
		}

		@Test
		@DisplayName("are described in the OpenAPI document")
		void openApi() {
			assertThat(http.get("/v3/api-docs").body()).contains("/api/v1/measures", "/api/v1/measures/{id}", "/api/v1/values",
					"/api/v1/values/import", "/api/v1/benchmark", "/api/v1/areas/{gssCode}/profile");
		}

		@Test
		@DisplayName("search the catalogue by text despite a typo, and by theme")
		void search() {
			assertThat(get("/api/v1/measures?q=recyclng").toString()).contains("household-recycling-rate");
			assertThat(get("/api/v1/measures?q=deprivation").toString()).contains("imd-average-score");
			JsonNode finance = get("/api/v1/measures?theme=finance&size=100");
			finance.get("items").forEach(m -> assertThat(m.get("themes").toString()).contains("finance"));
			assertThat(finance.toString()).contains("band-d-council-tax", "rs-net-revenue-expenditure");
		}
	}
}
