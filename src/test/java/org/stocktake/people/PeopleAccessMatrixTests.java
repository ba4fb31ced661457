package org.stocktake.people;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of access-matrix/people.csv holds: each role reaches (Y) or is refused (N) each endpoint of the directory. */
@StocktakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The directory's access matrix")
class PeopleAccessMatrixTests {

	static final String[] ROLES = { "anonymous", "council", "member", "officer", "admin" };

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http[] clients;

	@BeforeAll
	void users() {
		TestUsers users = new TestUsers(context);
		clients = new Http[] { new Http(port), new Http(port).as(users.create(Role.COUNCIL).token()),
				new Http(port).as(users.create(Role.MEMBER).token()), new Http(port).as(users.create(Role.OFFICER).token()),
				new Http(port).as(users.create(Role.ADMIN).token()) };
	}

	static List<String[]> rows() throws IOException {
		String text = new ClassPathResource("access-matrix/people.csv").getContentAsString(StandardCharsets.UTF_8);
		List<String[]> rows = new ArrayList<>();
		for (String line : text.strip().split("\n")) {
			if (!line.startsWith("method,")) {
				rows.add(line.strip().split(","));
			}
		}
		return rows;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("rows")
	void eachRoleReachesOrIsRefused(String method, String path, String anonymous, String council, String member, String officer, String admin) {
		String[] expected = { anonymous, council, member, officer, admin };
		for (int i = 0; i < clients.length; i++) {
			HttpResponse<String> response = clients[i].send(method, path, method.equals("GET") ? null : "text/csv", method.equals("GET") ? null : new byte[0]);
			boolean reached = response.statusCode() != 401 && response.statusCode() != 403
					&& !response.headers().firstValue("Location").orElse("").contains("/sign-in");
			assertThat(reached ? "Y" : "N").as("%s %s as %s (status %d)", method, path, ROLES[i], response.statusCode()).isEqualTo(expected[i]);
		}
	}
}
