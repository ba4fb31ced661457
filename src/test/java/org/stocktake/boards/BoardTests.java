package org.stocktake.boards;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Documents;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers.TestUser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Boards and meetings")
class BoardTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	BoardFixture f;

	@BeforeEach
	void fixture() {
		f = new BoardFixture(port, context);
	}

	static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	@Nested
	@DisplayName("the boards")
	class TheBoards {

		@Test
		@DisplayName("are the association's boards as its papers name them, marked as demonstration data, for anyone to read")
		void demonstrationBoards() {
			JsonNode boards = json(f.http.get("/api/v1/boards"));
			assertThat(boards.valueStream().map(b -> b.get("name").asString()).toList()).contains("Improvement and Innovation Board",
					"Children and Young People Board", "Resources Board", "IDeA Board");
			assertThat(boards.valueStream().filter(b -> b.get("slug").asString().equals(BoardFixture.BOARD)).findFirst().orElseThrow()
				.get("demonstration").asBoolean()).isTrue();
			assertThat(f.http.get("/boards").body()).contains("Improvement and Innovation Board", "Demonstration");
		}

		@Test
		@DisplayName("list members from the directory with their role, political group and authority; a clerk links a member's account")
		void membership() {
			String ref = f.councillor("Chair");
			HttpResponse<String> added = f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/members", "person", ref, "role", "Chairman", "year",
					"2025/26", "username", "");
			assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
			String page = f.http.get("/boards/" + BoardFixture.BOARD + "?membershipYear=2025/26").body();
			assertThat(page).contains("Chair Testperson" + f.marker, "Labour", "2025/26");
		}

		@Test
		@DisplayName("refuse a member who is not in the directory, a role that does not exist and an account that is not a member's")
		void membershipValidation() {
			TestUser officer = f.users.create(Role.OFFICER);
			HttpResponse<String> response = f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/members", "person", "nobody-" + f.marker,
					"role", "emperor", "year", "2025/27", "username", officer.username());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("There is a problem", "No one in the directory has this reference",
					"Select the member&#39;s role on the board", "Enter the year as a financial year, like 2025/26",
					"Only an account with the member role can be linked to a board");
		}
	}

	@Nested
	@DisplayName("a meeting")
	class AMeeting {

		@Test
		@DisplayName("is a draft seen only by officers until its clerk publishes the agenda")
		void draftThenPublished() {
			long id = f.meeting("2026-03-10");
			f.item(id, "title", "Draft item " + f.marker, "purpose", "for information");
			assertThat(f.http.get("/api/v1/meetings/" + id).statusCode()).isEqualTo(404);
			assertThat(f.as(f.member(BoardFixture.BOARD)).get("/meetings/" + id).statusCode()).isEqualTo(404);
			assertThat(json(f.as(f.users.create(Role.OFFICER)).get("/api/v1/meetings/" + id)).get("status").asString()).isEqualTo("DRAFT");
			assertThat(json(f.http.get("/api/v1/boards/" + BoardFixture.BOARD + "/meetings")).valueStream().map(m -> m.get("id").asLong()))
				.doesNotContain(id);

			assertThat(f.clerk.postForm("/meetings/" + id + "/publish").statusCode()).isEqualTo(302);
			JsonNode meeting = json(f.http.get("/api/v1/meetings/" + id));
			assertThat(meeting.get("status").asString()).isEqualTo("PUBLISHED");
			assertThat(meeting.get("cycle").asString()).isEqualTo("2025/26 Q4");
			assertThat(meeting.get("items").get(0).get("title").asString()).isEqualTo("Draft item " + f.marker);
			assertThat(meeting.get("items").get(0).get("purpose").asString()).isEqualTo("FOR_INFORMATION");
			assertThat(json(f.http.get("/api/v1/boards/" + BoardFixture.BOARD + "/meetings")).valueStream().map(m -> m.get("id").asLong()))
				.contains(id);
		}

		@Test
		@DisplayName("cannot be published with an empty agenda")
		void emptyAgenda() {
			long id = f.meeting("2026-03-11");
			HttpResponse<String> response = f.clerk.postForm("/meetings/" + id + "/publish");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("Add at least one item to the agenda before publishing it");
		}

		@Test
		@DisplayName("refuses an agenda item without title or purpose, or exempt without its Schedule 12A paragraph, and adds nothing")
		void itemValidation() {
			long id = f.meeting("2026-03-12");
			HttpResponse<String> response = f.clerk.postForm("/meetings/" + id + "/items/new", "title", "", "purpose", "", "exempt", "true",
					"exemptParagraph", "9", "contactEmail", "not an address");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("There is a problem", "Enter the title of the item",
					"Select whether the item is for decision, discussion or information",
					"Select the paragraph of Schedule 12A under which the item is exempt", "Enter an email address in the correct format");
			assertThat(json(f.clerk.get("/api/v1/meetings/" + id)).get("items").size()).isZero();
		}

		@Test
		@DisplayName("gets its quarterly cycle from its date when none is given, and says what is wrong with a bad date")
		void meetingValidation() {
			HttpResponse<String> response = f.clerk.postForm("/boards/" + BoardFixture.BOARD + "/meetings/new", "date", "next Tuesday", "time",
					"25:99", "cycle", "Q5");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("Not a date", "Not a time", "Enter the quarterly cycle as a financial quarter");
			assertThat(Boards.quarterOf(LocalDate.of(2016, 1, 19))).isEqualTo("2015/16 Q4");
			assertThat(Boards.quarterOf(LocalDate.of(2025, 4, 1))).isEqualTo("2025/26 Q1");
			assertThat(Boards.quarterOf(LocalDate.of(2025, 12, 31))).isEqualTo("2025/26 Q3");
		}
	}

	@Nested
	@DisplayName("an exempt item")
	class ExemptItems {

		@Test
		@DisplayName("appears to the public only as an exempt item with its reason, in the API and the page, never its title or papers")
		void publicSeesOnlyThatItIsExempt() {
			long id = f.publishedMeetingWithExemptItem();
			JsonNode meeting = json(f.http.get("/api/v1/meetings/" + id));
			assertThat(meeting.toString()).contains("PUBLIC-" + f.marker).doesNotContain("SECRET-" + f.marker);
			JsonNode exempt = meeting.get("items").get(1);
			assertThat(exempt.get("exempt").asBoolean()).isTrue();
			assertThat(exempt.get("exemptParagraph").asInt()).isEqualTo(1);
			assertThat(exempt.get("title").isNull()).isTrue();
			String page = f.http.get("/meetings/" + id).body();
			assertThat(page).contains("Public report " + f.marker, "Exempt item", "paragraph 1 of Schedule 12A").doesNotContain("SECRET-" + f.marker);
			// A council's user and a member of another board are the public as far as this board's exempt papers go.
			for (TestUser reader : List.of(f.users.create(Role.COUNCIL), f.member(BoardFixture.OTHER_BOARD))) {
				assertThat(f.as(reader).get("/api/v1/meetings/" + id).body()).doesNotContain("SECRET-" + f.marker);
				assertThat(f.as(reader).get("/meetings/" + id).body()).doesNotContain("SECRET-" + f.marker);
			}
		}

		@Test
		@DisplayName("is left out of the public pack, which is tagged PDF/UA-1, and of the public Word pack")
		void publicPack() throws Exception {
			long id = f.publishedMeetingWithExemptItem();
			HttpResponse<byte[]> pdf = f.bytes("/api/v1/meetings/" + id + "/pack.pdf", null);
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
			Documents.assertPdfUa1(pdf.body());
			String text = Documents.pdfText(pdf.body());
			assertThat(text).contains("Public report " + f.marker, "PUBLIC-" + f.marker, "Exempt item").doesNotContain("SECRET-" + f.marker);
			assertThat(f.bytes("/meetings/" + id + "/pack.pdf", null).body()).isNotEmpty();
			String word = Documents.docxText(f.bytes("/meetings/" + id + "/pack.docx", null).body());
			assertThat(word).contains("PUBLIC-" + f.marker).doesNotContain("SECRET-" + f.marker);
		}

		@Test
		@DisplayName("is read in full by the board's members and by officers, in the API, the page and the pack")
		void membersAndOfficersSeeIt() throws Exception {
			long id = f.publishedMeetingWithExemptItem();
			TestUser member = f.member(BoardFixture.BOARD);
			TestUser officer = f.users.create(Role.OFFICER);
			for (TestUser reader : List.of(member, officer)) {
				JsonNode exempt = json(f.as(reader).get("/api/v1/meetings/" + id)).get("items").get(1);
				assertThat(exempt.get("title").asString()).isEqualTo("SECRET-" + f.marker + " staffing proposal");
				assertThat(exempt.get("summary").asString()).contains("SECRET-" + f.marker);
				assertThat(f.as(reader).get("/meetings/" + id).body()).contains("SECRET-" + f.marker + " staffing proposal");
				byte[] pdf = f.bytes("/api/v1/meetings/" + id + "/pack.pdf", reader).body();
				Documents.assertPdfUa1(pdf);
				assertThat(Documents.pdfText(pdf)).contains("SECRET-" + f.marker, "Not for publication");
			}
		}

		@Test
		@DisplayName("is hidden from the public as soon as a clerk marks a published item exempt, and a change is checked like a new item")
		void markedExemptLater() {
			long id = f.publishedMeetingWithExemptItem();
			long publicItem = itemId(id, 1);
			assertThat(f.clerk.get("/meetings/" + id + "/items/" + publicItem + "/edit").body()).contains("Public report " + f.marker);
			HttpResponse<String> invalid = f.clerk.postForm("/meetings/" + id + "/items/" + publicItem + "/edit", "title", "", "purpose",
					"FOR_DISCUSSION");
			assertThat(invalid.statusCode()).isEqualTo(200);
			assertThat(invalid.body()).contains("Enter the title of the item");
			assertThat(f.http.get("/api/v1/meetings/" + id).body()).contains("Public report " + f.marker);

			HttpResponse<String> changed = f.clerk.postForm("/meetings/" + id + "/items/" + publicItem + "/edit", "title",
					"Now confidential " + f.marker, "purpose", "FOR_DISCUSSION", "exempt", "true", "exemptParagraph", "3", "summary",
					"PUBLIC-" + f.marker + " summary");
			assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
			String api = f.http.get("/api/v1/meetings/" + id).body();
			assertThat(api).doesNotContain("Now confidential", "PUBLIC-" + f.marker, "Public report " + f.marker);
			assertThat(json(f.as(f.users.create(Role.OFFICER)).get("/api/v1/meetings/" + id)).get("items").get(0).get("title").asString())
				.isEqualTo("Now confidential " + f.marker);
			assertThat(f.as(f.users.create(Role.OFFICER)).postForm("/meetings/" + id + "/items/" + publicItem + "/edit", "title", "x",
					"purpose", "FOR_DISCUSSION").statusCode()).isEqualTo(403);
		}

		@Test
		@DisplayName("keeps its note and actions from the public, while the public item's note and actions are published")
		void exemptNoteAndActions() {
			long id = f.publishedMeetingWithExemptItem();
			JsonNode items = json(f.clerk.get("/api/v1/meetings/" + id)).get("items");
			long publicItem = itemId(id, 1);
			long exemptItem = itemId(id, 2);
			assertThat(items.size()).isEqualTo(2);
			f.clerk.postForm("/meetings/" + id + "/items/" + publicItem + "/note", "decision", "NOTED", "minute", "PUBLIC-" + f.marker + " minute");
			f.clerk.postForm("/meetings/" + id + "/items/" + exemptItem + "/note", "decision", "AGREED", "minute", "SECRET-" + f.marker + " minute");
			f.clerk.postForm("/meetings/" + id + "/actions", "item", "1", "description", "PUBLIC-" + f.marker + " action", "owner", "Officers",
					"dueDate", "2026-02-01");
			f.clerk.postForm("/meetings/" + id + "/actions", "item", "2", "description", "SECRET-" + f.marker + " action", "owner", "Officers",
					"dueDate", "2026-02-01");
			// Before the note is published the public sees neither.
			assertThat(f.http.get("/api/v1/meetings/" + id).body()).doesNotContain("PUBLIC-" + f.marker + " minute");
			assertThat(f.clerk.postForm("/meetings/" + id + "/minutes/publish").statusCode()).isEqualTo(302);

			String api = f.http.get("/api/v1/meetings/" + id).body();
			assertThat(api).contains("PUBLIC-" + f.marker + " minute", "PUBLIC-" + f.marker + " action", "\"decision\":\"NOTED\"")
				.doesNotContain("SECRET-" + f.marker);
			assertThat(f.http.get("/api/v1/actions").body()).contains("PUBLIC-" + f.marker + " action").doesNotContain("SECRET-" + f.marker);
			assertThat(f.http.get("/actions?status=all").body()).contains("PUBLIC-" + f.marker + " action").doesNotContain("SECRET-" + f.marker);
			TestUser member = f.member(BoardFixture.BOARD);
			assertThat(f.as(member).get("/api/v1/actions").body()).contains("SECRET-" + f.marker + " action");
			assertThat(f.as(member).get("/api/v1/meetings/" + id).body()).contains("SECRET-" + f.marker + " minute");
		}
	}

	@Nested
	@DisplayName("running a board")
	class RunningABoard {

		@Test
		@DisplayName("needs the board's clerk grant on top of the officer role: an officer without it, or a clerk of another board, is refused")
		void onlyItsClerks() {
			long id = f.meeting("2026-03-13");
			TestUser plainOfficer = f.users.create(Role.OFFICER);
			TestUser otherClerk = f.users.create(Role.OFFICER);
			f.administration.grant(otherClerk.id(), BoardReader.CLERK, BoardFixture.OTHER_BOARD);
			TestUser member = f.member(BoardFixture.BOARD);
			for (TestUser user : List.of(plainOfficer, otherClerk)) {
				assertThat(f.as(user).postForm("/meetings/" + id + "/items/new", "title", "Intruder " + f.marker, "purpose", "FOR_DECISION")
					.statusCode()).isEqualTo(403);
				assertThat(f.as(user).postForm("/meetings/" + id + "/publish").statusCode()).isEqualTo(403);
				assertThat(f.as(user).get("/boards/" + BoardFixture.BOARD + "/meetings/new").statusCode()).isEqualTo(403);
			}
			assertThat(f.as(member).postForm("/meetings/" + id + "/items/new", "title", "Intruder", "purpose", "FOR_DECISION").statusCode())
				.isEqualTo(403);
			assertThat(json(f.clerk.get("/api/v1/meetings/" + id)).get("items").size()).isZero();
			// A clerk of every board (a grant with no scope) runs this one too.
			TestUser allBoards = f.users.create(Role.OFFICER);
			f.administration.grant(allBoards.id(), BoardReader.CLERK, "");
			assertThat(f.as(allBoards).postForm("/meetings/" + id + "/items/new", "title", "Welcome " + f.marker, "purpose", "FOR_INFORMATION")
				.statusCode()).isEqualTo(302);
		}
	}

	@Nested
	@DisplayName("the scheduler")
	class Scheduler {

		@Test
		@DisplayName("warns the clerk when the Improvement and Innovation Board meets before another board of the same cycle, and not otherwise")
		void improvementBoardLast() {
			int year = 2100 + new java.util.Random().nextInt(800);
			TestUser allBoards = f.users.create(Role.OFFICER);
			f.administration.grant(allBoards.id(), BoardReader.CLERK, "");
			long improvement = create(allBoards, BoardFixture.BOARD, year + "-05-10");
			create(allBoards, "children-and-young-people-board", year + "-05-01");
			String page = f.as(allBoards).get("/meetings/" + improvement).body();
			assertThat(page).doesNotContain("meets towards the end of each quarterly cycle");

			create(allBoards, BoardFixture.OTHER_BOARD, year + "-06-10");
			page = f.as(allBoards).get("/meetings/" + improvement).body();
			assertThat(page).contains("meets towards the end of each quarterly cycle", "Resources Board: 10 June " + year)
				.doesNotContain("Children and Young People Board: ");
		}

		long create(TestUser clerk, String board, String date) {
			HttpResponse<String> created = f.as(clerk).postForm("/boards/" + board + "/meetings/new", "date", date);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
			String location = created.headers().firstValue("Location").orElseThrow();
			return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		}
	}

	@Nested
	@DisplayName("the action tracker")
	class Tracker {

		@Test
		@DisplayName("shows open actions across boards, derives overdue from the due date, and follows a change of status")
		void openAndOverdue() {
			long id = f.publishedMeetingWithExemptItem();
			LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
			f.clerk.postForm("/meetings/" + id + "/items/" + itemId(id, 1) + "/note", "decision", "AGREED", "minute", "");
			f.clerk.postForm("/meetings/" + id + "/actions", "item", "", "description", "Late " + f.marker, "owner", "Director",
					"dueDate", today.minusDays(1).toString());
			f.clerk.postForm("/meetings/" + id + "/actions", "item", "1", "description", "Later " + f.marker, "owner", "Adviser",
					"dueDate", today.plusDays(30).toString());
			f.clerk.postForm("/meetings/" + id + "/minutes/publish");

			JsonNode open = json(f.http.get("/api/v1/actions?status=open"));
			assertThat(mine(open)).containsExactlyInAnyOrder("Late " + f.marker + ":OPEN:true", "Later " + f.marker + ":OPEN:false");
			assertThat(mine(json(f.http.get("/api/v1/actions?status=overdue")))).containsExactly("Late " + f.marker + ":OPEN:true");
			assertThat(f.http.get("/actions?status=overdue").body()).contains("Late " + f.marker, "Overdue").doesNotContain("Later " + f.marker);

			long late = open.valueStream().filter(a -> a.get("description").asString().equals("Late " + f.marker)).findFirst().orElseThrow()
				.get("id").asLong();
			assertThat(f.clerk.postForm("/actions/" + late + "/status", "status", "DONE").statusCode()).isEqualTo(302);
			assertThat(mine(json(f.http.get("/api/v1/actions?status=overdue")))).isEmpty();
			assertThat(mine(json(f.http.get("/api/v1/actions?status=done")))).containsExactly("Late " + f.marker + ":DONE:false");
			assertThat(f.http.get("/api/v1/actions?status=soon").statusCode()).isEqualTo(400);
			assertThat(f.as(f.users.create(Role.OFFICER)).postForm("/actions/" + late + "/status", "status", "OPEN").statusCode()).isEqualTo(403);
		}

		List<String> mine(JsonNode actions) {
			return actions.valueStream()
				.filter(a -> a.get("description").asString().endsWith(f.marker))
				.map(a -> a.get("description").asString() + ":" + a.get("status").asString() + ":" + a.get("overdue").asBoolean())
				.toList();
		}
	}

	@Nested
	@DisplayName("the meeting pack")
	class Pack {

		@Test
		@DisplayName("numbers the paragraphs of a report's body 1., 2., 2.1. under its headings")
		void numbering() throws Exception {
			long id = f.publishedMeetingWithExemptItem();
			String text = Documents.pdfText(f.bytes("/api/v1/meetings/" + id + "/pack.pdf", null).body());
			assertThat(text).contains("Background", "1. First paragraph.", "2. Second paragraph.", "2.1. A point under the second.");
			assertThat(text).contains("Agenda", "For discussion");
		}

		@Test
		@DisplayName("shows the contact officer's email only to signed-in readers")
		void contactDetails() throws Exception {
			long id = f.publishedMeetingWithExemptItem();
			assertThat(Documents.pdfText(f.bytes("/api/v1/meetings/" + id + "/pack.pdf", null).body())).contains("Alex Example")
				.doesNotContain("alex.example@example.org");
			assertThat(f.http.get("/api/v1/meetings/" + id).body()).doesNotContain("alex.example@example.org");
			assertThat(f.as(f.users.create(Role.COUNCIL)).get("/api/v1/meetings/" + id).body()).contains("alex.example@example.org");
		}
	}

	long itemId(long meeting, int number) {
		// Item ids are on the clerk's page, in the link to record each item's note.
		String page = f.clerk.get("/meetings/" + meeting).body();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("/meetings/" + meeting + "/items/([0-9]+)/note").matcher(page);
		List<Long> ids = new java.util.ArrayList<>();
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids.get(number - 1);
	}
}
