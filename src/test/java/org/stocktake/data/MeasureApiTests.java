package org.stocktake.data;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The measure catalogue API")
class MeasureApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http officer;

	String id;

	@BeforeEach
	void officer() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		id = "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Nested
	@DisplayName("creating and updating")
	class Saving {

		@Test
		@DisplayName("creates a measure with 201, updates it with 200, reading enumerations in any case")
		void createsAndUpdates() {
			String body = """
					{"id": "%s", "title": "%s", "unit": "gbp_per_head", "polarity": "lower_is_better", "periodicity": "FINANCIAL_QUARTER",
					 "areaTypes": ["county", "UA"], "themes": ["finance"]}
					""";
			HttpResponse<String> created = officer.postJson("/api/v1/measures", body.formatted(id, "Spend per head"));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			assertThat(created.body()).contains("\"unit\":\"GBP_PER_HEAD\"", "\"polarity\":\"LOWER_IS_BETTER\"", "\"periodicity\":\"FINANCIAL_QUARTER\"");
			assertThat(officer.postJson("/api/v1/measures", body.formatted(id, "Spending per head")).statusCode()).isEqualTo(200);
			assertThat(new Http(port).get("/api/v1/measures/" + id).body()).contains("Spending per head");
		}

		@Test
		@DisplayName("refuses an invalid measure with 422 naming every wrong field")
		void invalid() {
			HttpResponse<String> response = officer.postJson("/api/v1/measures", """
					{"id": "Bad Id", "unit": "furlongs", "polarity": "up", "minValue": 10, "maxValue": 1, "areaTypes": ["parish"]}
					""");
			assertThat(response.statusCode()).isEqualTo(422);
			assertThat(response.body()).contains("\"field\":\"id\"", "\"field\":\"title\"", "\"field\":\"unit\"", "\"field\":\"polarity\"",
					"\"field\":\"periodicity\"", "\"field\":\"minValue\"", "\"field\":\"areaTypes\"");
		}

		@Test
		@DisplayName("refuses a body that is not JSON with 400")
		void notJson() {
			assertThat(officer.postJson("/api/v1/measures", "{not json").statusCode()).isEqualTo(400);
		}

		@Test
		@DisplayName("is for officers only")
		void officersOnly() {
			String council = new TestUsers(context).create(Role.COUNCIL).token();
			assertThat(new Http(port).as(council).postJson("/api/v1/measures", "{}").statusCode()).isEqualTo(403);
		}
	}

	@Nested
	@DisplayName("restricted measures")
	class Restricted {

		@BeforeEach
		void restricted() {
			HttpResponse<String> created = officer.postJson("/api/v1/measures", """
					{"id": "%s", "title": "Restricted test measure", "unit": "COUNT", "polarity": "NEUTRAL", "periodicity": "CALENDAR_YEAR",
					 "restricted": true, "themes": ["restricted-testing"]}
					""".formatted(id));
			assertThat(created.statusCode()).isEqualTo(201);
			assertThat(officer.postCsv("/api/v1/values/import", "measure,area,period,value\n" + id + ",E08000007,2020,5\n").statusCode())
				.isEqualTo(200);
		}

		@Test
		@DisplayName("do not exist for anonymous visitors, in the API or in pages (404)")
		void hiddenFromThePublic() {
			Http anonymous = new Http(port);
			assertThat(anonymous.get("/api/v1/measures/" + id).statusCode()).isEqualTo(404);
			assertThat(anonymous.get("/api/v1/benchmark?measure=" + id + "&period=2020").statusCode()).isEqualTo(404);
			assertThat(anonymous.get("/api/v1/values?measure=" + id).statusCode()).isEqualTo(404);
			assertThat(anonymous.get("/api/v1/measures?theme=restricted-testing").body()).contains("\"totalItems\":0");
			assertThat(anonymous.get("/api/v1/areas/E08000007/profile").body()).doesNotContain(id);
			assertThat(anonymous.get("/data/measures/" + id).statusCode()).isEqualTo(404);
		}

		@Test
		@DisplayName("are shown to signed-in council users")
		void shownToCouncils() {
			Http council = new Http(port).as(new TestUsers(context).create(Role.COUNCIL).token());
			assertThat(council.get("/api/v1/measures/" + id).statusCode()).isEqualTo(200);
			assertThat(council.get("/api/v1/benchmark?measure=" + id + "&period=2020&area=E08000007").body()).contains("\"rank\":1");
			assertThat(council.get("/api/v1/areas/E08000007/profile").body()).contains(id);
		}
	}
}
