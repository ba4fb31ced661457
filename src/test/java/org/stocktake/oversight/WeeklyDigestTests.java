package org.stocktake.oversight;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestMailServer;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The weekly oversight digest")
class WeeklyDigestTests {

	/** The demonstration directory's (fictitious) principal adviser for the North West. */
	private static final String NORTH_WEST_ADVISER = "bailey.example@example.org";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	WeeklyDigest digest;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Fixtures in the week of 3 June 2024 for Wigan (North West): a TEST-ONLY CQC judgement and an
	 * intervention started and lifted that week, neither real; and a synthetic earlier snapshot that puts
	 * Wigan at score 0, so that this week's ranking is a move.
	 */
	@Test
	@DisplayName("mails each region's officers the week's judgements, interventions and watchlist moves, once per week")
	void digest() {
		Http officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		HttpResponse<String> imported = officer.postCsv("/api/v1/inspections/import",
				"area,inspectorate,framework,start_date,end_date,publication_date,overall_grade\n"
						+ "E08000010,cqc,la-assessment,2024-05-01,2024-05-03,2024-06-05,requires improvement\n");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		HttpResponse<String> started = officer.postJson("/api/v1/interventions",
				"{\"area\": \"E08000010\", \"type\": \"IMPROVEMENT_NOTICE\", \"service\": \"adult social care (test fixture)\", \"startDate\": \"2024-06-04\"}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		long id = JsonMapper.builder().build().readTree(started.body()).get("id").asLong();
		assertThat(officer.postJson("/api/v1/interventions/" + id + "/end", "{\"endDate\": \"2024-06-07\"}").statusCode()).isEqualTo(200);
		jdbc.sql("insert into watchlist_snapshot (week_start, area_gss, score, rank, raised) values ('2024-06-03', 'E08000010', 0, 999, '{}')").update();

		int before = TestMailServer.mailTo(NORTH_WEST_ADVISER).size();
		WeeklyDigest.Run run = digest.send(LocalDate.of(2024, 6, 12));
		assertThat(run.week()).isEqualTo(LocalDate.of(2024, 6, 10));
		assertThat(run.sentTo()).contains(NORTH_WEST_ADVISER);

		List<TestMailServer.Mail> mails = TestMailServer.awaitMailTo(NORTH_WEST_ADVISER, before + 1);
		assertThat(mails).hasSize(before + 1);
		TestMailServer.Mail mail = mails.get(mails.size() - 1);
		assertThat(mail.subject()).isEqualTo("Oversight digest, week of 10 June 2024: North West");
		assertThat(mail.body()).contains("Changes from 3 June 2024 to 9 June 2024", "Wigan: cqc la-assessment judgement published 2024-06-05: requires improvement",
				"Wigan: improvement notice (adult social care (test fixture)) started 2024-06-04",
				"Wigan: improvement notice (adult social care (test fixture)) lifted 2024-06-07", "Wigan: score 0.00 -> ",
				"rank 999 -> ", "newly raised: ");
		assertThat(mail.body()).doesNotContain("Barnsley"); // Yorkshire: another officer's region

		WeeklyDigest.Run again = digest.send(LocalDate.of(2024, 6, 14));
		assertThat(again.sentTo()).isEmpty();
		assertThat(again.alreadySent()).contains(NORTH_WEST_ADVISER);
		assertThat(again.snapshotTaken()).isFalse();
		assertThat(TestMailServer.mailTo(NORTH_WEST_ADVISER)).hasSize(before + 1);
	}
}
