package org.stocktake.boards;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.support.Http;
import org.stocktake.support.TestUsers;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board's cast for a test: a clerk (an officer with the board's clerk grant), a member account
 * linked to a fictitious councillor on the board, and helpers to run a meeting through the pages.
 * Every text it writes carries a marker unique to the test, so a search for it finds only this run.
 */
final class BoardFixture {

	static final String BOARD = "improvement-and-innovation-board";
	static final String OTHER_BOARD = "resources-board";

	final String marker = UUID.randomUUID().toString().substring(0, 8);
	final int port;
	final Http http;
	final TestUsers users;
	final UserAdministration administration;
	final TestUser clerkUser;
	final Http clerk;

	BoardFixture(int port, ApplicationContext context) {
		this.port = port;
		this.http = new Http(port);
		this.users = new TestUsers(context);
		this.administration = context.getBean(UserAdministration.class);
		this.clerkUser = users.create(Role.OFFICER);
		administration.grant(clerkUser.id(), BoardReader.CLERK, BOARD);
		this.clerk = http.as(clerkUser.token());
	}

	Http as(TestUser user) {
		return http.as(user.token());
	}

	/** A fictitious councillor imported into the directory; answers their reference. */
	String councillor(String given) {
		String ref = "t" + marker + "-" + given.toLowerCase(java.util.Locale.ROOT);
		Http officer = as(users.create(Role.OFFICER));
		HttpResponse<String> imported = officer.postCsv("/api/v1/people/import", """
				person_ref,name,person_type,authority_gss_code,political_group,email,phone,fictitious,role,role_title,region,start_date,end_date
				%s,%s Testperson%s,COUNCILLOR,E08000007,Labour,,,true,,,,,
				""".formatted(ref, given, marker));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		return ref;
	}

	/** A MEMBER account linked, through a fictitious councillor, to the board for the current year. */
	TestUser member(String board) {
		TestUser member = users.create(Role.MEMBER);
		TestUser boardClerk = users.create(Role.OFFICER);
		administration.grant(boardClerk.id(), BoardReader.CLERK, board);
		HttpResponse<String> added = as(boardClerk).postForm("/boards/" + board + "/members", "person", councillor("m" + member.id()), "role",
				"MEMBER", "year", "", "username", member.username());
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		return member;
	}

	/** Creates a meeting of the board through its form; answers the meeting's id. */
	long meeting(String date) {
		HttpResponse<String> created = clerk.postForm("/boards/" + BOARD + "/meetings/new", "date", date, "time", "11:00", "venue",
				"Westminster Suite " + marker, "cycle", "");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	void item(long meeting, String... fields) {
		HttpResponse<String> added = clerk.postForm("/meetings/" + meeting + "/items/new", fields);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
	}

	/** A public item and an exempt one, with texts marked PUBLIC-marker and SECRET-marker; the agenda published. */
	long publishedMeetingWithExemptItem() {
		long id = meeting("2026-01-19");
		item(id, "title", "Public report " + marker, "purpose", "FOR_DISCUSSION", "contactName", "Alex Example", "contactPosition",
				"Principal Adviser", "contactEmail", "alex.example@example.org", "summary", "PUBLIC-" + marker + " summary", "recommendations",
				"That the Board notes the report.", "body", "## Background\n\nFirst paragraph.\n\nSecond paragraph.\n\n- A point under the second.");
		item(id, "title", "SECRET-" + marker + " staffing proposal", "purpose", "FOR_DECISION", "exempt", "true", "exemptParagraph", "1",
				"summary", "SECRET-" + marker + " summary of the confidential report", "body", "SECRET-" + marker + " body");
		HttpResponse<String> published = clerk.postForm("/meetings/" + id + "/publish");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
		return id;
	}

	HttpResponse<byte[]> bytes(String path, TestUser user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", "Bearer " + user.token());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
