package org.stocktake.boards;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.platform.security.Role;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestMailServer;
import org.stocktake.support.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Running a board")
class BoardAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	BoardFixture f;

	@BeforeEach
	void fixture() {
		f = new BoardFixture(port, context);
	}

	private int audited(String type, String summaryPart) {
		return jdbc.sql("select count(*) from audit_event where entity_type = ? and summary like ?").params(type, "%" + summaryPart + "%")
			.query(Integer.class).single();
	}

	@Test
	@DisplayName("an admin creates a board with its terms of reference and priorities, a clerk of the board changes them, and both are audited")
	void createAndChangeABoard() {
		TestUser admin = f.users.create(Role.ADMIN);
		HttpResponse<String> empty = f.as(admin).postForm("/boards/new", "name", "", "termsOfReference", "", "priorities", "");
		assertThat(empty.statusCode()).as("the form again, with the errors").isEqualTo(200);
		assertThat(empty.body()).contains("govuk-error-summary", "Enter the name of the board");

		String name = "Test Board " + f.marker;
		HttpResponse<String> created = f.as(admin).postForm("/boards/new", "name", name, "termsOfReference", "To test " + f.marker, "priorities",
				"First priority\nSecond priority");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String slug = "test-board-" + f.marker;
		assertThat(f.http.get("/boards/" + slug).body()).contains(name, "To test " + f.marker, "First priority", "Second priority");
		assertThat(f.as(admin).postForm("/boards/new", "name", name).body()).contains("There is already a board called " + name);
		assertThat(f.clerk.get("/boards/new").statusCode()).as("a clerk of one board may not create boards").isEqualTo(403);
		assertThat(f.clerk.get("/boards/" + slug + "/edit").statusCode()).as("nor change another board").isEqualTo(403);

		f.administration.grant(f.clerkUser.id(), BoardReader.CLERK, slug);
		HttpResponse<String> changed = f.clerk.postForm("/boards/" + slug + "/edit", "name", name, "termsOfReference", "Changed " + f.marker,
				"priorities", "");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		assertThat(f.http.get("/boards/" + slug).body()).contains("Changed " + f.marker).doesNotContain("First priority");
		assertThat(audited("board", name + " created")).isEqualTo(1);
		assertThat(audited("board", name + " changed")).isEqualTo(1);
	}

	@Test
	@DisplayName("membership is kept by year: a clerk carries last year's members into the next and changes a member's role")
	void membershipByYear() {
		String ref = f.councillor("Carried");
		assertThat(f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/members", "person", ref, "role", "MEMBER", "year", "2030/31", "username", "")
			.statusCode()).isEqualTo(302);
		HttpResponse<String> bad = f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/members/copy", "from", "2030/31", "to", "2031/33");
		assertThat(bad.statusCode()).as("the form again, with the errors").isEqualTo(200);
		assertThat(bad.body()).contains("Enter the year as a financial year, like 2025/26");
		assertThat(f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/members/copy", "from", "2030/31", "to", "2031/32").statusCode())
			.isEqualTo(302);
		String next = f.http.get("/boards/" + BoardFixture.BOARD + "?membershipYear=2031/32").body();
		assertThat(next).contains("Members in 2031/32", "Carried Testperson" + f.marker);
		assertThat(f.http.get("/boards/" + BoardFixture.BOARD + "?membershipYear=2030/31").body()).contains("Carried Testperson" + f.marker);
		long memberId = jdbc.sql("select bm.id from board_member bm where bm.year = '2031/32' and bm.person_id = (select id from person where ref = ?)")
			.param(ref).query(Long.class).single();
		assertThat(f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/members/" + memberId + "/role", "role", "VICE_CHAIR").statusCode())
			.isEqualTo(302);
		assertThat(f.http.get("/boards/" + BoardFixture.BOARD + "?membershipYear=2031/32").body()).contains("Vice-Chair");
	}

	@Test
	@DisplayName("the forward plan puts standing items and the cycle's scheduled reports on a meeting's agenda, and reminds their owners by email")
	void forwardPlan() {
		String owner = "owner-" + f.marker + "@example.org";
		HttpResponse<String> invalid = f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/plan", "title", "", "purpose", "", "cycle", "");
		assertThat(invalid.statusCode()).as("the form again, with the errors").isEqualTo(200);
		assertThat(invalid.body()).contains("Enter the title of the item", "Enter the cycle the report is due in, or select that it comes to every meeting");
		assertThat(f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/plan", "title", "Improvement activity across the boards " + f.marker,
				"purpose", "FOR_INFORMATION", "standing", "true", "reportOwner", "Alex Example", "ownerEmail", owner).statusCode()).isEqualTo(302);
		assertThat(f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/plan", "title", "Sector support progress report " + f.marker, "purpose",
				"FOR_DISCUSSION", "cycle", "2031/32 Q3", "reportOwner", "Sam Example").statusCode()).isEqualTo(302);
		assertThat(f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/plan", "title", "Later report " + f.marker, "purpose", "FOR_DISCUSSION",
				"cycle", "2031/32 Q4", "reportOwner", "Sam Example").statusCode()).isEqualTo(302);
		assertThat(f.http.get("/boards/" + BoardFixture.BOARD).body()).contains("Sector support progress report " + f.marker, "Every meeting")
			.doesNotContain(owner);

		long meeting = f.meeting("2031-12-01");
		assertThat(f.clerk.get("/meetings/" + meeting).body()).contains("Papers deadline: Friday 21 November 2031.",
				"Improvement activity across the boards " + f.marker, "Sector support progress report " + f.marker)
			.doesNotContain("Later report " + f.marker);
		assertThat(f.clerk.postForm("/meetings/" + meeting + "/plan").statusCode()).isEqualTo(302);
		String agenda = f.clerk.get("/meetings/" + meeting).body();
		assertThat(agenda).contains(". Improvement activity across the boards " + f.marker, ". Sector support progress report " + f.marker);
		assertThat(f.clerk.postForm("/meetings/" + meeting + "/reminders").statusCode()).isEqualTo(302);
		var mail = TestMailServer.awaitMailTo(owner, 1);
		assertThat(mail.get(0).subject()).contains("Improvement activity across the boards " + f.marker);
		assertThat(mail.get(0).body()).contains("Friday 21 November 2031", "/meetings/" + meeting);

		long next = f.meeting("2032-03-01");
		f.clerk.postForm("/meetings/" + next + "/plan");
		assertThat(f.clerk.get("/meetings/" + next).body()).as("a standing item comes again; a scheduled report does not")
			.contains(". Improvement activity across the boards " + f.marker).doesNotContain("Sector support progress report " + f.marker);
	}

	@Test
	@DisplayName("attendance and declarations of interest are part of the note: the public reads them once it is published, never on an exempt item")
	void attendanceAndDeclarations() {
		String chair = f.councillor("Attender");
		assertThat(f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/members", "person", chair, "role", "CHAIR", "year", "2032/33", "username", "")
			.statusCode()).isEqualTo(302);
		long memberId = jdbc.sql("select bm.id from board_member bm where bm.year = '2032/33' and bm.person_id = (select id from person where ref = ?)")
			.param(chair).query(Long.class).single();
		long meeting = f.meeting("2032-06-07");
		f.item(meeting, "title", "Public report " + f.marker, "purpose", "FOR_DISCUSSION");
		f.item(meeting, "title", "SECRET-" + f.marker, "purpose", "FOR_DECISION", "exempt", "true", "exemptParagraph", "3");
		assertThat(f.clerk.postForm("/meetings/" + meeting + "/publish").statusCode()).isEqualTo(302);

		HttpResponse<String> wrong = f.clerk.postForm("/meetings/" + meeting + "/attendance", "attendance-" + memberId, "PRESENT",
				"substitute-" + memberId, "Someone Else");
		assertThat(wrong.statusCode()).as("the form again, with the errors").isEqualTo(200);
		assertThat(wrong.body()).contains("Only a member who sent apologies has a substitute");
		assertThat(f.clerk.postForm("/meetings/" + meeting + "/attendance", "attendance-" + memberId, "APOLOGIES", "substitute-" + memberId,
				"Sub Stitute" + f.marker).statusCode()).isEqualTo(302);
		assertThat(f.clerk.postForm("/meetings/" + meeting + "/declarations", "declarationItem", "1", "member", "Attender Testperson" + f.marker,
				"interest", "PUBLIC-INTEREST-" + f.marker).statusCode()).isEqualTo(302);
		assertThat(f.clerk.postForm("/meetings/" + meeting + "/declarations", "declarationItem", "2", "member", "Attender Testperson" + f.marker,
				"interest", "SECRET-INTEREST-" + f.marker).statusCode()).isEqualTo(302);
		assertThat(f.http.get("/meetings/" + meeting).body()).as("before the note is published")
			.doesNotContain("Sub Stitute" + f.marker, "INTEREST-" + f.marker);

		f.clerk.postForm("/meetings/" + meeting + "/items/" + jdbc.sql("select id from agenda_item where meeting_id = ? and position = 1")
			.param(meeting).query(Long.class).single() + "/note", "decision", "NOTED", "minute", "Noted.");
		assertThat(f.clerk.postForm("/meetings/" + meeting + "/minutes/publish").statusCode()).isEqualTo(302);
		String page = f.http.get("/meetings/" + meeting).body();
		assertThat(page).contains("Attender Testperson" + f.marker, "Apologies", "Sub Stitute" + f.marker, "PUBLIC-INTEREST-" + f.marker)
			.doesNotContain("SECRET-INTEREST-" + f.marker, "SECRET-" + f.marker);
		assertThat(f.clerk.get("/meetings/" + meeting).body()).contains("SECRET-INTEREST-" + f.marker);
		assertThat(audited("meeting-attendance", "Attendance at")).isPositive();
	}
}
