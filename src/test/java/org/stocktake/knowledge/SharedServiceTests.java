package org.stocktake.knowledge;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Shared services")
class SharedServiceTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	final JsonMapper json = JsonMapper.builder().build();

	Http officer;

	Http anonymous;

	/** A word only this test's arrangements carry, so the filters select them alone in the shared database. */
	String tag;

	@BeforeEach
	void setUp() {
		anonymous = new Http(port);
		officer = anonymous.as(new TestUsers(context).create(Role.OFFICER).token());
		tag = "t" + UUID.randomUUID().toString().substring(0, 8);
	}

	String file() {
		return "reference,service,partners,lead,start_date,annual_savings,status,description,source\n"
				+ tag + "-1," + tag + " revenues and benefits,E07000008;E07000012,E07000008,2015-04-01,500,ACTIVE,,test\n"
				+ tag + "-2," + tag + " building control,E07000201;E07000204;E10000029,,2014-10-01,250.5,ACTIVE,,test\n"
				+ tag + "-3," + tag + " legal services,E09000003;E09000005,E09000005,,,PLANNED,,test\n";
	}

	JsonNode getJson(String path) {
		HttpResponse<String> r = anonymous.get(path, "application/json");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

	@Test
	@DisplayName("an import in thousands is listed with its totals, and importing it again changes nothing")
	void importAndList() {
		HttpResponse<String> r = officer.postCsv("/api/v1/shared-services/import?units=GBP_THOUSANDS", file());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		assertThat(r.body()).contains("\"inserted\":3");
		assertThat(officer.postCsv("/api/v1/shared-services/import?units=GBP_THOUSANDS", file()).body()).contains("\"unchanged\":3");

		JsonNode list = getJson("/api/v1/shared-services?q=" + tag);
		assertThat(list.get("totalItems").asInt()).isEqualTo(3);
		assertThat(list.get("annualSavings").decimalValue()).isEqualByComparingTo("750500");
		assertThat(list.get("withSavings").asInt()).isEqualTo(2);
		JsonNode revenues = list.get("items").get(2);
		assertThat(revenues.get("service").asString()).endsWith("revenues and benefits");
		assertThat(revenues.get("partners").get(0).get("latitude").isNumber()).isTrue();

		JsonNode east = getJson("/api/v1/shared-services?q=" + tag + "&region=E12000006&status=active");
		assertThat(east.get("totalItems").asInt()).isEqualTo(2);
	}

	@Test
	@DisplayName("the map and the list agree: the same arrangements, savings and partner authorities for every filter")
	void mapAndListAgree() {
		assertThat(officer.postCsv("/api/v1/shared-services/import?units=GBP", file()).statusCode()).isEqualTo(200);
		for (String filter : new String[] { "q=" + tag, "q=" + tag + "&region=E12000007", "q=" + tag + "&status=PLANNED", "q=" + tag + "&region=E12000006" }) {
			JsonNode list = getJson("/api/v1/shared-services?size=1000&" + filter);
			JsonNode map = getJson("/shared-services/map.json?" + filter);
			assertThat(map.get("count").asInt()).as(filter).isEqualTo(list.get("totalItems").asInt());
			assertThat(map.get("annualSavings").decimalValue()).as(filter).isEqualByComparingTo(list.get("annualSavings").decimalValue());
			Set<String> listed = new HashSet<>();
			Set<String> references = new HashSet<>();
			int expectedLinks = 0;
			for (JsonNode a : list.get("items")) {
				int placed = 0;
				for (JsonNode p : a.get("partners")) {
					listed.add(p.get("gssCode").asString());
					placed += p.get("latitude").isNumber() ? 1 : 0;
				}
				references.add(a.get("reference").asString());
				expectedLinks += Math.max(0, placed - 1);
			}
			Set<String> drawn = new HashSet<>();
			map.get("points").forEach(p -> drawn.add(p.get("gssCode").asString()));
			map.get("unplaced").forEach(p -> drawn.add(p.asString()));
			assertThat(drawn).as(filter).isEqualTo(listed);
			assertThat(map.get("links").size()).as(filter).isEqualTo(expectedLinks);
			map.get("links").forEach(l -> assertThat(references).contains(l.get("reference").asString()));
			String page = anonymous.get("/shared-services?" + filter).body();
			assertThat(page).contains("id=\"shared-count\">" + list.get("totalItems").asInt() + "<");
		}
	}

	@Test
	@DisplayName("rejects a file naming every bad row, and writes nothing")
	void rejects() {
		String bad = "reference,service,partners,lead,start_date,annual_savings,status\n"
				+ tag + "-a,Good,E07000008;E07000012,,,,ACTIVE\n"
				+ tag + "-b,One partner only,E07000008,,,,ACTIVE\n"
				+ tag + "-c,Lead not a partner,E07000008;E07000012,E09000003,01/04/2015,-1,SOMETIMES\n";
		HttpResponse<String> r = officer.postCsv("/api/v1/shared-services/import?units=GBP", bad);
		assertThat(r.statusCode()).isEqualTo(422);
		assertThat(r.body()).contains("\"row\":3", "\"row\":4", "\"column\":\"lead\"", "\"column\":\"start_date\"", "\"column\":\"annual_savings\"",
				"\"column\":\"status\"");
		assertThat(getJson("/api/v1/shared-services?q=" + tag).get("totalItems").asInt()).isZero();
	}

	@Test
	@DisplayName("exports CSV and XLSX that import back unchanged")
	void roundTrip() {
		assertThat(officer.postCsv("/api/v1/shared-services/import?units=GBP", file()).statusCode()).isEqualTo(200);
		HttpResponse<String> csv = anonymous.get("/shared-services.csv?q=" + tag);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFFreference,service,partners");
		assertThat(officer.postCsv("/api/v1/shared-services/import?units=GBP", csv.body()).body()).contains("\"unchanged\":3", "\"inserted\":0");
		HttpResponse<byte[]> xlsx = bytes(anonymous.url("/shared-services.xlsx?q=" + tag));
		assertThat(xlsx.statusCode()).isEqualTo(200);
		HttpResponse<String> back = officer.post("/api/v1/shared-services/import?units=GBP",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.body());
		assertThat(back.body()).contains("\"unchanged\":3");
	}

	static HttpResponse<byte[]> bytes(String url) {
		try {
			return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
