package org.stocktake.performance;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

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

/**
 * The seed's Annex C (LGA management accounts as at period 7 of 2015/16, in £000s): each line's
 * variances and the rating the key gives it; the paper's own ratings agree except where it rated a
 * year-to-date timing difference, which is an officer's override.
 */
@StocktakeTest
@DisplayName("Management accounts")
class ManagementAccountsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String HEADER = "line,type,budget_ytd,actual_ytd,budget_year,forecast_outturn,commentary,section\n";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http officer;

	String year;

	@BeforeEach
	void setUp() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		int start = AnnexBTests.YEARS.getAndIncrement();
		year = start + "-" + String.format("%02d", (start + 1) % 100);
	}

	static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	static Map<String, JsonNode> byLine(JsonNode period) {
		Map<String, JsonNode> lines = new LinkedHashMap<>();
		period.get("lines").forEach(l -> lines.put(l.get("line").asString(), l));
		return lines;
	}

	static long thousands(JsonNode value) {
		return value.decimalValue().divide(java.math.BigDecimal.valueOf(1000)).longValueExact();
	}

	@Test
	@DisplayName("rate the seed's lines by its key, with the seed's variances, and show the paper's timing-difference rating as an override")
	void seedAnnexC() {
		Map<String, JsonNode> lines = byLine(json(officer.get("/api/v1/performance/accounts/2015-16/P7"), 200));
		// line: computed RAG, budget-to-outturn variance (£000s, adverse positive as the paper prints it), the paper's RAG
		Object[][] seed = { { "Subscription Income (Net of discounts)", "GREEN", -8L, "GREEN" }, { "RSG Income", "GREEN", 0L, "GREEN" },
				{ "Welsh RSG Income", "GREEN", 0L, "GREEN" }, { "Income from Direct Services", "GREEN", 15L, "GREEN" },
				{ "Other Income", "GREEN", -104L, "GREEN" }, { "Dividends", "GREEN", -250L, "GREEN" },
				{ "Core Employee Costs", "GREEN", -424L, "GREEN" }, { "Extra Employee Costs", "RED", 600L, "RED" },
				{ "RSG payments to 3rd parties", "GREEN", 0L, "GREEN" }, { "Liberata/Brent Contract", "GREEN", -670L, "GREEN" },
				{ "Shared Services", "GREEN", 0L, "RED" }, { "Other running costs", "GREEN", -1521L, "GREEN" },
				{ "Property Costs", "RED", 315L, "RED" }, { "Pensions - Past employees", "GREEN", 0L, "GREEN" },
				{ "Pension Deficits Reduction Payments", "GREEN", 0L, "GREEN" }, { "Ring Fenced income", "GREEN", -2257L, "GREEN" },
				{ "Ring-fenced expenditure", "RED", 2257L, "RED" }, { "Ring-fenced overhead recovery", "GREEN", -145L, "GREEN" } };
		for (Object[] row : seed) {
			JsonNode line = lines.get((String) row[0]);
			assertThat(line).as((String) row[0]).isNotNull();
			assertThat(line.get("computedRag").asString()).as((String) row[0]).isEqualTo(row[1]);
			assertThat(thousands(line.get("varianceOutturn"))).as((String) row[0]).isEqualTo(row[2]);
			assertThat(line.get("rag").asString()).as((String) row[0]).isEqualTo(row[3]);
			assertThat(line.get("ragReason").asString()).isNotBlank();
		}
		assertThat(lines.get("Liberata/Brent Contract").get("ragReason").asString())
			.isEqualTo("Forecast underspend of £670k (31.3% of the full-year budget): underspends are rated green");
		assertThat(lines.get("Extra Employee Costs").get("ragReason").asString()).isEqualTo("No budget for the year, but a forecast spend of £600k");
		assertThat(lines.get("Shared Services").get("ragCommentary").asString()).contains("timing difference");
		assertThat(thousands(lines.get("Rental Income").get("varianceYtd"))).isEqualTo(-245);
	}

	@Test
	@DisplayName("give the seed's totals of expenditure and ring-fenced activity, and its forecast surplus of £2,561k as the sum of the variances")
	void netPosition() {
		JsonNode totals = json(officer.get("/api/v1/performance/accounts/2015-16/P7"), 200).get("totals");
		assertThat(thousands(totals.get("coreExpenditure").get("forecastOutturn"))).isEqualTo(38199);
		assertThat(thousands(totals.get("coreExpenditure").get("varianceOutturn"))).isEqualTo(-2131);
		assertThat(thousands(totals.get("netRingFenced").get("forecastOutturn"))).isEqualTo(-1250);
		// The paper's lines are in rounded £000s, so its totals can differ from their sum by £1k; its core-income
		// total also holds £91k of budget and forecast that no printed line carries (with no variance).
		assertThat(thousands(totals.get("netPosition").get("varianceOutturn"))).isBetween(-2562L, -2560L);
		assertThat(thousands(totals.get("coreIncome").get("budgetYear"))).isEqualTo(39224 - 91);
	}

	@Test
	@DisplayName("import in thousands or pounds, all or nothing, naming every bad row; re-importing changes nothing")
	void importing() {
		String csv = HEADER + "Staff,EXPENDITURE,100,110,200,230,Vacancies filled,\nGrant,income,50,50,100,100,,RING_FENCED\n";
		JsonNode first = json(officer.postCsv("/api/v1/performance/accounts/" + year + "/P3/import?units=GBP_THOUSANDS", csv), 200);
		assertThat(first.get("inserted").asInt()).isEqualTo(2);
		Map<String, JsonNode> lines = byLine(json(officer.get("/api/v1/performance/accounts/" + year + "/P3"), 200));
		assertThat(lines.get("Staff").get("forecastOutturn").decimalValue()).isEqualByComparingTo("230000");
		assertThat(lines.get("Staff").get("rag").asString()).isEqualTo("RED");
		assertThat(lines.get("Grant").get("section").asString()).isEqualTo("RING_FENCED");
		assertThat(json(officer.postCsv("/api/v1/performance/accounts/" + year + "/P3/import?units=GBP_THOUSANDS", csv), 200).get("unchanged").asInt())
			.isEqualTo(2);

		String bad = HEADER + "Staff,SPENDING,100,x,200,230,,\n,INCOME,1,1,1,1,,CORE\n";
		JsonNode problem = json(officer.postCsv("/api/v1/performance/accounts/" + year + "/P4/import?units=GBP", bad), 422);
		assertThat(problem.get("errors").valueStream().map(e -> e.get("row").asInt() + ":" + e.get("column").asString()).toList())
			.containsExactly("2:type", "2:actual_ytd", "3:line");
		assertThat(officer.get("/api/v1/performance/accounts/" + year + "/P4").statusCode()).isEqualTo(404);
		assertThat(officer.postCsv("/api/v1/performance/accounts/" + year + "/P4/import", csv).statusCode()).isEqualTo(400);
		assertThat(officer.postCsv("/api/v1/performance/accounts/" + year + "/P13/import?units=GBP", csv).statusCode()).isEqualTo(400);
	}
}
