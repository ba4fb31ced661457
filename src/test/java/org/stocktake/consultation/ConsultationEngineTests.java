package org.stocktake.consultation;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.support.StocktakeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@StocktakeTest
@DisplayName("The questionnaire engine")
class ConsultationEngineTests {

	@Autowired
	Consultations consultations;

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** An evaluation like the leadership programme's: a 1–4 scale, a choice, a follow-up and free text. */
	Questionnaire evaluation(ZonedDateTime closes) {
		Questionnaire q = consultations.create(NewQuestionnaire.of(unique("eval"), QuestionnaireKind.EVALUATION, "Event evaluation", closes,
				NewSection.of("The event",
						NewQuestion.scale("content", "How would you rate the content?", 1, 4, "poor", "excellent").mandatory().numbered("1"),
						NewQuestion.single("recommend", "Would you recommend it?", "Yes", "No", "Don't know").mandatory().numbered("2"),
						NewQuestion.freeText("why-not", "Why not?").mandatory().numbered("3").shownWhen("recommend", "No"),
						NewQuestion.multiple("topics", "Which topics helped?", "Finance", "Leadership", "Scrutiny"),
						NewQuestion.number("staff", "How many colleagues will you tell?").help("An estimate is fine"))));
		return consultations.publish(q.id());
	}

	Questionnaire open() {
		return evaluation(ZonedDateTime.now(Consultations.LONDON).plusDays(30));
	}

	static Answers yes(int score) {
		return Answers.builder().answer("content", score).answer("recommend", "Yes").build();
	}

	@Nested
	@DisplayName("links")
	class Links {

		@Test
		@DisplayName("carry 256 random bits, differ every time and say nothing of the respondent")
		void random() {
			Questionnaire q = open();
			Set<String> tokens = new HashSet<>();
			for (int i = 0; i < 200; i++) {
				ResponseLink link = consultations.issueLink(q.id(), new Respondent(null, "someone" + i + "@example.org", "Someone", "E08000007",
						"LEADER", Map.of()));
				assertThat(Base64.getUrlDecoder().decode(link.token())).hasSize(32);
				assertThat(link.path()).matches("/respond/[A-Za-z0-9_-]{43}").doesNotContain("someone", "E08000007", "LEADER");
				tokens.add(link.token());
			}
			assertThat(tokens).hasSize(200);
		}

		@Test
		@DisplayName("stop taking answers once revoked, keeping what was already given")
		void revoked() {
			Questionnaire q = open();
			ResponseLink link = consultations.issueLink(q.id(), Respondent.email(unique("r") + "@example.org"));
			consultations.submit(link.token(), yes(3), false);
			consultations.revoke(link.id());
			assertThatThrownBy(() -> consultations.submit(link.token(), yes(4), false)).isInstanceOf(ForbiddenException.class)
				.hasMessageContaining("withdrawn");
			assertThat(consultations.results(q.id(), ResultQuery.all().withMinimumCell(1)).question("content").mean()).isEqualTo(3.0);
		}

		@Test
		@DisplayName("stop taking answers at the closing time")
		void closing() {
			Questionnaire q = evaluation(ZonedDateTime.now(Consultations.LONDON).minusMinutes(1));
			ResponseLink link = consultations.issueLink(q.id(), Respondent.email(unique("late") + "@example.org"));
			assertThatThrownBy(() -> consultations.submit(link.token(), yes(4), false)).isInstanceOf(ForbiddenException.class)
				.hasMessageContaining("closed");
			assertThatThrownBy(() -> consultations.saveDraft(link.token(), yes(4))).isInstanceOf(ForbiddenException.class);
		}

		@Test
		@DisplayName("close at the exact instant, in London time")
		void closingInstant() {
			Instant closes = ZonedDateTime.of(2015, 3, 13, 23, 59, 0, 0, Consultations.LONDON).toInstant();
			Questionnaire q = new Questionnaire(1, "x", QuestionnaireKind.CONSULTATION, "x", null, Questionnaire.Status.PUBLISHED, null, closes,
					false, null, false, List.of());
			assertThat(q.openAt(closes.minusSeconds(1))).isTrue();
			assertThat(q.openAt(closes)).isFalse();
			assertThat(LondonTime.format(closes)).isEqualTo("11:59pm on Friday 13 March 2015");
		}

		@Test
		@DisplayName("are not recognised when made up")
		void unknown() {
			assertThat(consultations.link("not-a-token")).isEmpty();
			assertThat(consultations.link(Consultations.newToken())).isEmpty();
		}
	}

	@Nested
	@DisplayName("responses")
	class Responses {

		@Test
		@DisplayName("submitted again through the same link replace the earlier one in results, which is kept")
		void replaced() {
			Questionnaire q = open();
			ResponseLink link = consultations.issueLink(q.id(), Respondent.email(unique("twice") + "@example.org"));
			assertThat(consultations.submit(link.token(), yes(1), false)).isEqualTo(1);
			assertThat(consultations.submit(link.token(), yes(4), true)).isEqualTo(2);
			Results results = consultations.results(q.id(), ResultQuery.all().withMinimumCell(1));
			assertThat(results.responses()).isEqualTo(1);
			assertThat(results.question("content").mean()).isEqualTo(4.0);
			assertThat(consultations.answersSoFar(link).first("content")).isEqualTo("4");
		}

		@Test
		@DisplayName("may be saved as a draft without counting, and come back through the link")
		void draft() {
			Questionnaire q = open();
			ResponseLink link = consultations.issueLink(q.id(), Respondent.email(unique("draft") + "@example.org"));
			consultations.saveDraft(link.token(), Answers.builder().answer("content", 2).build());
			assertThat(consultations.answersSoFar(link).first("content")).isEqualTo("2");
			assertThat(consultations.submitted(link)).isFalse();
			assertThat(consultations.results(q.id(), ResultQuery.all().withMinimumCell(1)).responses()).isNull();
		}

		@Test
		@DisplayName("answer a conditional question only when the earlier answer matches")
		void conditional() {
			Questionnaire q = open();
			ResponseLink link = consultations.issueLink(q.id(), Respondent.email(unique("cond") + "@example.org"));
			assertThatThrownBy(() -> consultations.submit(link.token(), Answers.builder().answer("content", 2).answer("recommend", "No").build(),
					false)).isInstanceOf(BadRequestException.class).hasMessage("Answer question 3");
			consultations.submit(link.token(), Answers.builder().answer("content", 2).answer("recommend", "Yes").answer("why-not", "ignored").build(),
					false);
			assertThat(consultations.answersSoFar(link).has("why-not")).isFalse();
			consultations.submit(link.token(), Answers.builder().answer("content", 2).answer("recommend", "No").answer("why-not", "Too long").build(),
					false);
			assertThat(consultations.answersSoFar(link).first("why-not")).isEqualTo("Too long");
		}

		@Test
		@DisplayName("must fit their questions")
		void validated() {
			Questionnaire q = open();
			ResponseLink link = consultations.issueLink(q.id(), Respondent.email(unique("bad") + "@example.org"));
			assertThatThrownBy(() -> consultations.submit(link.token(), Answers.builder().answer("content", 5).answer("recommend", "Maybe")
				.answer("topics", "Finance", "Cooking").answer("staff", "lots").build(), false)).isInstanceOfSatisfying(BadRequestException.class,
						ex -> assertThat(ex.errors()).extracting(e -> e.field()).containsExactly("content", "recommend", "topics", "staff"));
		}

		@Test
		@DisplayName("recorded programmatically with context tags are grouped by them")
		void tagged() {
			Questionnaire q = open();
			for (int i = 0; i < 2; i++) {
				consultations.record(q.id(), Respondent.email(unique("a") + "@example.org").withTag("event", "41"), yes(2), false);
			}
			consultations.record(q.id(), Respondent.email(unique("b") + "@example.org").withTag("event", "42"), yes(4), false);
			assertThat(consultations.results(q.id(), ResultQuery.tagged("event", "41").withMinimumCell(1)).question("content").mean()).isEqualTo(2.0);
			assertThat(consultations.results(q.id(), ResultQuery.tagged("event", "42").withMinimumCell(1)).responses()).isEqualTo(1);
			assertThat(consultations.results(q.id(), ResultQuery.all().withMinimumCell(1)).responses()).isEqualTo(3);
		}
	}

	@Nested
	@DisplayName("results")
	class ResultsOf {

		@Test
		@DisplayName("hide a question answered by 4 and show it once 5 have answered, with counts, percentages and means")
		void suppression() {
			Questionnaire q = open();
			for (int i = 0; i < 4; i++) {
				consultations.record(q.id(), Respondent.email(unique("s") + "@example.org"), yes(i % 2 == 0 ? 4 : 3), false);
			}
			Results four = consultations.results(q.id(), ResultQuery.all());
			assertThat(four.minimumCell()).isEqualTo(5);
			assertThat(four.responses()).isNull();
			assertThat(four.question("content").suppressed()).isTrue();
			assertThat(four.question("content").options()).allSatisfy(o -> assertThat(o.count()).isNull());
			assertThat(four.question("content").mean()).isNull();

			consultations.record(q.id(), Respondent.email(unique("s") + "@example.org"), Answers.builder().answer("content", 1)
				.answer("recommend", "No").answer("why-not", "Too long").build(), false);
			Results five = consultations.results(q.id(), ResultQuery.all());
			assertThat(five.responses()).isEqualTo(5);
			assertThat(five.question("content").suppressed()).isFalse();
			assertThat(five.question("content").option("4").count()).isEqualTo(2);
			assertThat(five.question("content").option("4").percentage()).isEqualTo(40.0);
			assertThat(five.question("content").mean()).isEqualTo(3.0);
			assertThat(five.question("recommend").option("Yes").percentage()).isEqualTo(80.0);
			assertThat(five.question("why-not").suppressed()).isTrue();
		}
	}

	@Nested
	@DisplayName("a published questionnaire")
	class Published {

		@Test
		@DisplayName("may gain an option but not lose one")
		void options() {
			Questionnaire q = open();
			consultations.addOption(q.id(), "topics", "Digital");
			assertThat(consultations.get(q.id()).question("topics").orElseThrow().options()).containsExactly("Finance", "Leadership", "Scrutiny",
					"Digital");
			assertThatThrownBy(() -> consultations.removeOption(q.id(), "topics", "Finance")).isInstanceOf(BadRequestException.class)
				.hasMessageContaining("answers already given may have chosen it");
		}

		@Test
		@DisplayName("refuses a condition on a later question")
		void conditionOrder() {
			assertThatThrownBy(() -> consultations.create(NewQuestionnaire.of(unique("bad"), QuestionnaireKind.SURVEY, "Bad", null,
					NewSection.of("Only", NewQuestion.freeText("a", "A?").shownWhen("b", "Yes"), NewQuestion.single("b", "B?", "Yes", "No")))))
				.isInstanceOf(BadRequestException.class);
		}
	}
}
