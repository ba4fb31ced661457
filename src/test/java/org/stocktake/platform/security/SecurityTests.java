package org.stocktake.platform.security;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.stocktake.platform.security.UserAdministration.AccountDetails;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestMailServer;
import org.stocktake.support.TestUsers;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Security")
class SecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment env;

	Http http;

	TestUsers users;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		users = new TestUsers(context);
	}

	/** Signs in through the form; answers the response to the POST and the client holding the new session. */
	record SignIn(HttpResponse<String> response, Http session, String cookieBefore, String cookieAfter) {
		String location() {
			return response.headers().firstValue("Location").orElse("");
		}
	}

	SignIn signIn(String username, String password) {
		Http visitor = http.withSession();
		String before = null;
		HttpResponse<String> response = visitor.postForm("/sign-in", "username", username, "password", password, "_csrf", visitor.csrfToken());
		Optional<String> after = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';'))).findFirst();
		Http session = after.map(c -> new Http(port).header("Cookie", c)).orElse(visitor);
		return new SignIn(response, session, before, after.orElse(null));
	}


	@Nested
	@DisplayName("signing in")
	class SigningIn {

		@Test
		@DisplayName("a wrong password sends the visitor back to the sign-in page with an error")
		void wrongPassword() {
			TestUser user = users.create(Role.OFFICER);
			SignIn attempt = signIn(user.username(), "not-the-password");
			assertThat(attempt.location()).endsWith("/sign-in?error");
			assertThat(new Http(port).get("/sign-in?error").body()).contains("The username or password is not right");
		}

		@Test
		@DisplayName("the session id changes on sign-in, so a session fixed beforehand is worthless")
		void sessionFixation() {
			TestUser user = users.create(Role.OFFICER);
			Http visitor = http.withSession();
			HttpResponse<String> response = visitor.postForm("/sign-in", "username", user.username(), "password", user.password(),
					"_csrf", visitor.csrfToken());
			assertThat(response.statusCode()).isEqualTo(302);
			String newCookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
				.map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
			assertThat(visitor.get("/account").statusCode()).as("the old session is not signed in").isEqualTo(302);
			HttpResponse<String> account = new Http(port).header("Cookie", newCookie).get("/account");
			assertThat(account.statusCode()).isEqualTo(200);
			assertThat(account.body()).contains(user.username());
		}

		@Test
		@DisplayName("five wrong passwords lock the account: even the right password is then refused, with a message saying so")
		void throttling() {
			TestUser user = users.create(Role.OFFICER);
			for (int i = 0; i < 4; i++) {
				assertThat(signIn(user.username(), "wrong-" + i).location()).endsWith("/sign-in?error");
			}
			assertThat(signIn(user.username(), "wrong-5").location()).as("the fifth locks it, and says so").endsWith("/sign-in?locked");
			SignIn rightPassword = signIn(user.username(), user.password());
			assertThat(rightPassword.location()).endsWith("/sign-in?locked");
			assertThat(new Http(port).get("/sign-in?locked").body()).contains("This account is locked for a while after too many wrong passwords");
			assertThat(new Http(port).as(user.token()).get("/api/v1/account").statusCode()).as("tokens still work").isEqualTo(200);
		}

		@Test
		@DisplayName("an unknown username is answered exactly as a real one, locking included, so it does not reveal who has an account")
		void unknownUser() {
			String nobody = "nobody-" + System.nanoTime();
			for (int i = 0; i < 4; i++) {
				assertThat(signIn(nobody, "wrong-" + i).location()).endsWith("/sign-in?error");
			}
			assertThat(signIn(nobody, "wrong-5").location()).endsWith("/sign-in?locked");
			assertThat(signIn(nobody, "whatever-password").location()).as("locked, as a real account would be").endsWith("/sign-in?locked");
		}
	}

	@Nested
	@DisplayName("forms and headers")
	class FormsAndHeaders {

		@Test
		@DisplayName("a form posted without its CSRF token is refused")
		void csrfRequired() {
			TestUser user = users.create(Role.OFFICER);
			SignIn signedIn = signIn(user.username(), user.password());
			HttpResponse<String> withoutToken = signedIn.session().postForm("/account/tokens", "name", "no csrf", "expiresInDays", "1");
			assertThat(withoutToken.statusCode()).isEqualTo(403);
			assertThat(http.as(user.token()).get("/api/v1/account").body()).doesNotContain("no csrf");
			HttpResponse<String> signInWithout = http.postForm("/sign-in", "username", user.username(), "password", user.password());
			assertThat(signInWithout.statusCode()).as("sign-in itself needs the token").isEqualTo(403);
		}

		@Test
		@DisplayName("pages carry a content security policy and the other secure headers")
		void secureHeaders() {
			HttpResponse<String> page = http.get("/areas");
			assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
			assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(page.headers().firstValue("Cache-Control")).isPresent();
		}
	}

	@Nested
	@DisplayName("API clients")
	class ApiClients {

		@Test
		@DisplayName("a revoked token is refused with 401")
		void revokedToken() {
			TestUser user = users.create(Role.OFFICER);
			AccessTokens tokens = context.getBean(AccessTokens.class);
			assertThat(http.as(user.token()).get("/api/v1/account").statusCode()).isEqualTo(200);
			long id = tokens.forUser(user.id()).get(0).id();
			assertThat(tokens.revoke(user.id(), id)).isTrue();
			HttpResponse<String> refused = http.as(user.token()).get("/api/v1/account");
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		}

		@Test
		@DisplayName("a made-up token is refused with 401, even on a public endpoint")
		void unknownToken() {
			assertThat(http.as("stk_not-a-real-token").get("/api/v1/account").statusCode()).isEqualTo(401);
		}

		@Test
		@DisplayName("HTTP Basic with the account's password works for the API; a wrong password is 401")
		void httpBasic() {
			TestUser user = users.create(Role.OFFICER);
			HttpResponse<String> ok = http.basic(user.username(), user.password()).get("/api/v1/account");
			assertThat(ok.statusCode()).isEqualTo(200);
			assertThat(ok.body()).contains(user.username());
			assertThat(http.basic(user.username(), "wrong-password").get("/api/v1/account").statusCode()).isEqualTo(401);
		}
	}

	@Nested
	@DisplayName("mail to the account's owner")
	class Mail {

		@Test
		@DisplayName("is sent when the password is changed")
		void passwordChanged() {
			TestUser user = users.create(Role.COUNCIL);
			context.getBean(UserAdministration.class).changeOwnPassword(user.id(), user.password(), "a-brand-new-long-password",
					"a-brand-new-long-password");
			var mails = TestMailServer.awaitMailTo(user.username() + "@example.org", 1);
			assertThat(mails).extracting(TestMailServer.Mail::subject).contains("Your Stocktake password was changed");
			assertThat(mails.get(0).body()).contains(user.username());
		}

		@Test
		@DisplayName("is sent when an access token is created")
		void tokenCreated() {
			TestUser user = users.create(Role.MEMBER);
			// TestUsers already created one token for this user
			var mails = TestMailServer.awaitMailTo(user.username() + "@example.org", 1);
			assertThat(mails).isNotEmpty();
			assertThat(mails.get(0).subject()).containsIgnoringCase("token");
		}
	}

	@Nested
	@DisplayName("audit trail")
	class Audit {

		@Test
		@DisplayName("records user administration and is filterable by admins at /admin/audit")
		void userAdministrationIsAudited() {
			TestUser admin = users.create(Role.ADMIN);
			UserAdministration administration = context.getBean(UserAdministration.class);
			TestUser officer = users.create(Role.OFFICER);
			administration.update(officer.id(), new AccountDetails(officer.username(), "Renamed Officer", officer.username() + "@example.org",
					Role.MEMBER, null, true));
			Http asAdmin = http.as(admin.token());
			HttpResponse<String> page = asAdmin.get("/admin/audit?entityType=user&entityId=" + officer.id());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("User " + officer.username() + " created", "User " + officer.username() + " changed");
			String other = asAdmin.get("/admin/audit?entityType=area").body();
			assertThat(other).doesNotContain("User " + officer.username() + " changed");
			assertThat(asAdmin.get("/admin/audit?entityType=user&from=2000-01-01&to=2000-01-02").body())
				.doesNotContain("User " + officer.username());
			assertThat(http.as(users.create(Role.OFFICER).token()).get("/admin/audit").statusCode()).as("officers may not read it").isEqualTo(403);
		}
	}

	@Nested
	@DisplayName("operations")
	class Operations {

		@Test
		@DisplayName("/actuator/health is public and includes the database")
		void health() {
			HttpResponse<String> health = http.get("/actuator/health");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"");
		}

		@Test
		@DisplayName("/actuator/prometheus is for admins only")
		void prometheus() {
			HttpResponse<String> anonymous = http.get("/actuator/prometheus", "text/plain");
			assertThat(anonymous.statusCode()).isEqualTo(302);
			assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
			assertThat(http.as(users.create(Role.OFFICER).token()).get("/actuator/prometheus").statusCode()).isEqualTo(403);
			HttpResponse<String> metrics = http.as(users.create(Role.ADMIN).token()).get("/actuator/prometheus");
			assertThat(metrics.statusCode()).isEqualTo(200);
			assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
		}
	}

}
