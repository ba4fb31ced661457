package org.stocktake.performance;

import java.net.http.HttpResponse;

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
import org.stocktake.support.TestUsers.TestUser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Quarterly returns on the officers' pages")
class ReturnsPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http officer;

	TestUser user;

	String year;

	@BeforeEach
	void setUp() {
		user = new TestUsers(context).create(Role.OFFICER);
		officer = new Http(port).as(user.token());
		int start = AnnexBTests.YEARS.getAndIncrement();
		year = start + "/" + String.format("%02d", (start + 1) % 100);
	}

	long target() {
		Http api = new Http(port).as(user.token());
		String path = year.replace('/', '-');
		assertThat(api.postCsv("/api/v1/performance/plans/" + path + "/targets/import", AnnexBTests.HEADER + "Peer work,PC,Peer challenges,100,SUM,18,,,,\n")
			.statusCode()).isEqualTo(200);
		JsonNode t = JsonMapper.builder().build().readTree(api.get("/api/v1/performance/plans/" + path + "/annex-b").body()).get("targets").get(0);
		return t.get("id").asLong();
	}

	@Test
	@DisplayName("lock a quarter once signed off: an amendment needs a reason, and is listed with it and audited")
	void signOffAndAmend() {
		long id = target();
		assertThat(officer.postForm("/performance/targets/" + id + "/quarters/Q1/sign-off").statusCode()).isEqualTo(302);
		HttpResponse<String> refused = officer.postForm("/performance/targets/" + id + "/quarters/Q1", "delivered", "19", "narrative", "", "commentary", "",
				"forecast", "", "reason", "");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Q1 is signed off: give the reason for the amendment", "govuk-error-summary");
		HttpResponse<String> amended = officer.postForm("/performance/targets/" + id + "/quarters/Q1", "delivered", "19", "narrative", "", "commentary",
				"", "forecast", "", "reason", "A late-confirmed challenge");
		assertThat(amended.statusCode()).isEqualTo(302);
		String page = officer.get("/performance/targets/" + id).body();
		assertThat(page).contains("A late-confirmed challenge", "19");
	}

	@Test
	@DisplayName("refuse an officer's rating without commentary and show the computed rating beside an accepted one")
	void override() {
		long id = target();
		HttpResponse<String> refused = officer.postForm("/performance/targets/" + id + "/rag", "rag", "AMBER", "commentary", "");
		assertThat(refused.body()).contains("Give the commentary that explains the rating");
		assertThat(officer.postForm("/performance/targets/" + id + "/rag", "rag", "AMBER", "commentary", "Most challenges come in the second half")
			.statusCode()).isEqualTo(302);
		String page = officer.get("/performance/targets/" + id).body();
		assertThat(page).contains("Amber — Most challenges come in the second half", "Red: 18 against a profile of 25");
	}

	@Test
	@DisplayName("refuse a return that is not a number, n/a or blank, saying so next to the field")
	void validation() {
		long id = target();
		HttpResponse<String> refused = officer.postForm("/performance/targets/" + id + "/quarters/Q2", "delivered", "lots", "narrative", "",
				"commentary", "", "forecast", "");
		assertThat(refused.body()).contains("Enter the number delivered, such as 18, n/a, or leave it blank if not reported", "govuk-input--error");
	}
}
