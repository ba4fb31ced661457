package org.stocktake.platform.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.StocktakeApplication;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any number of instances can run behind a load balancer on one database: a session started on one
 * instance is honoured by another, because sessions live in PostgreSQL.
 */
class SessionsAcrossInstancesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSignInThroughOneInstanceIsHonouredByTheOther(@TempDir Path dataDir) throws Exception {
		try (ConfigurableApplicationContext first = start("--stocktake.data-dir=" + dataDir)) {
			String sharedDatabase = first.getBean(HikariDataSource.class).getJdbcUrl();
			try (ConfigurableApplicationContext second = start("--stocktake.db.url=" + sharedDatabase,
					"--stocktake.db.user=" + first.getBean(HikariDataSource.class).getUsername())) {
				var officer = new TestUsers(first).create(Role.OFFICER);

				String session = signIn(port(first), officer.username(), officer.password());

				HttpResponse<String> onSecond = get(port(second), "/account", session);
				assertThat(onSecond.statusCode()).isEqualTo(200);
				assertThat(onSecond.body()).contains(officer.username());
				assertThat(get(port(second), "/account", null).statusCode()).as("without the session cookie").isEqualTo(302);
			}
		}
	}

	private String signIn(int port, String username, String password) throws Exception {
		HttpResponse<String> form = get(port, "/sign-in", null);
		String cookie = sessionCookie(form).orElseThrow();
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		// Signing in changes the session id, so a session fixed before sign-in is worthless afterwards.
		String afterSignIn = sessionCookie(signedIn).orElseThrow();
		assertThat(afterSignIn).isNotEqualTo(cookie);
		return afterSignIn;
	}

	private HttpResponse<String> get(int port, String path, String session) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (session != null) {
			b.header("Cookie", "SESSION=" + session);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
			.findFirst();
	}

	private static ConfigurableApplicationContext start(String... extra) {
		List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--stocktake.demo-data=false",
				"--stocktake.admin.username=cluster-admin", "--stocktake.admin.password=a-long-enough-secret",
				"--spring.main.banner-mode=off"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(StocktakeApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
