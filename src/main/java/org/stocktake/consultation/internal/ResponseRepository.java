package org.stocktake.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.consultation.Answers;
import org.stocktake.consultation.Respondent;
import org.stocktake.consultation.ResponseLink;

import static org.stocktake.consultation.internal.QuestionnaireRepository.instant;
import static org.stocktake.consultation.internal.QuestionnaireRepository.ts;

/** Response links, drafts, submitted versions and the log of who read them. */
@Repository
public class ResponseRepository {

	/** One submitted version of a link's response. */
	public record StoredResponse(long id, ResponseLink link, int version, Answers answers, boolean consent, String channel, String enteredBy,
			Instant submittedAt) {
	}

	/** A reading of an individual response. */
	public record View(String viewer, Instant viewedAt, String purpose) {
	}

	private static final String RESPONSE_SELECT = """
			select r.id as response_id, r.version, r.answers, r.consent, r.channel, r.entered_by, r.submitted_at, l.*
			from response r join response_link l on l.id = r.link_id
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ResponseRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public ResponseLink insertLink(long questionnaireId, String token, Respondent r, ResponseLink.Source source, String actor) {
		long id = jdbc.sql("""
				insert into response_link (questionnaire_id, token, person_id, email, name, authority_gss, respondent_role, tags, source, created_by)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id
				""")
			.params(questionnaireId, token, r.personId(), r.email(), r.name(), r.authorityGss(), r.role(), json.writeValueAsString(r.tags()),
					source.name(), actor)
			.query(Long.class)
			.single();
		return link(id).orElseThrow();
	}

	public Optional<ResponseLink> link(long id) {
		return jdbc.sql("select * from response_link where id = ?").param(id).query((rs, n) -> link(rs)).optional();
	}

	public Optional<ResponseLink> linkByToken(String token) {
		return jdbc.sql("select * from response_link where token = ?").param(token).query((rs, n) -> link(rs)).optional();
	}

	/** The newest link not revoked for this person or address, so that a second invitation does not split a response. */
	public Optional<ResponseLink> activeLinkFor(long questionnaireId, Long personId, String email) {
		return jdbc.sql("""
				select * from response_link where questionnaire_id = ? and revoked_at is null
				and ((cast(? as bigint) is not null and person_id = ?) or (cast(? as bigint) is null and cast(? as text) is not null and lower(email) = lower(?)))
				order by id desc limit 1
				""").params(questionnaireId, personId, personId, personId, email, email).query((rs, n) -> link(rs)).optional();
	}

	public List<ResponseLink> links(long questionnaireId) {
		return jdbc.sql("select * from response_link where questionnaire_id = ? order by id").param(questionnaireId).query((rs, n) -> link(rs))
			.list();
	}

	public void revoke(long linkId, Instant at, String actor) {
		jdbc.sql("update response_link set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null").params(ts(at), actor, linkId)
			.update();
	}

	/** Locks the link's row so that two submissions through one link number their versions in turn. */
	public void lock(long linkId) {
		jdbc.sql("select id from response_link where id = ? for update").param(linkId).query(Long.class).single();
	}

	public void saveDraft(long linkId, Answers answers) {
		jdbc.sql("""
				insert into response_draft (link_id, answers, saved_at) values (?, cast(? as jsonb), now())
				on conflict (link_id) do update set answers = excluded.answers, saved_at = now()
				""").params(linkId, json.writeValueAsString(answers.values())).update();
	}

	public Optional<Answers> draft(long linkId) {
		return jdbc.sql("select answers from response_draft where link_id = ?").param(linkId).query((rs, n) -> answers(rs.getString(1)))
			.optional();
	}

	public void deleteDraft(long linkId) {
		jdbc.sql("delete from response_draft where link_id = ?").param(linkId).update();
	}

	public int insertResponse(long linkId, Answers answers, boolean consent, String channel, String actor) {
		return jdbc.sql("""
				insert into response (link_id, version, answers, consent, channel, entered_by)
				values (?, (select coalesce(max(version), 0) + 1 from response where link_id = ?), cast(? as jsonb), ?, ?, ?) returning version
				""").params(linkId, linkId, json.writeValueAsString(answers.values()), consent, channel, actor).query(Integer.class).single();
	}

	/** The latest version of every link's response whose link carries all {@code tags}. */
	public List<StoredResponse> current(long questionnaireId, Map<String, String> tags) {
		return jdbc.sql(RESPONSE_SELECT + """
				where l.questionnaire_id = ? and l.tags @> cast(? as jsonb)
				and r.version = (select max(version) from response x where x.link_id = r.link_id)
				order by r.submitted_at, r.id
				""").params(questionnaireId, json.writeValueAsString(tags)).query((rs, n) -> response(rs)).list();
	}

	/** Every version of the link's response, newest first. */
	public List<StoredResponse> versions(long linkId) {
		return jdbc.sql(RESPONSE_SELECT + " where l.id = ? order by r.version desc").param(linkId).query((rs, n) -> response(rs)).list();
	}

	public void recordView(long linkId, String viewer, String purpose) {
		jdbc.sql("insert into response_view (link_id, viewer, purpose) values (?, ?, ?)").params(linkId, viewer, purpose).update();
	}

	public List<View> views(long linkId) {
		return jdbc.sql("select viewer, viewed_at, purpose from response_view where link_id = ? order by viewed_at desc, id desc").param(linkId)
			.query((rs, n) -> new View(rs.getString(1), instant(rs, "viewed_at"), rs.getString(3))).list();
	}

	private StoredResponse response(ResultSet rs) throws SQLException {
		return new StoredResponse(rs.getLong("response_id"), link(rs), rs.getInt("version"), answers(rs.getString("answers")),
				rs.getBoolean("consent"), rs.getString("channel"), rs.getString("entered_by"), instant(rs, "submitted_at"));
	}

	private ResponseLink link(ResultSet rs) throws SQLException {
		Map<String, String> tags = json.readValue(rs.getString("tags"), new TypeReference<Map<String, String>>() {
		});
		return new ResponseLink(rs.getLong("id"), rs.getLong("questionnaire_id"), rs.getString("token"), (Long) rs.getObject("person_id"),
				rs.getString("email"), rs.getString("name"), rs.getString("authority_gss"), rs.getString("respondent_role"), tags,
				ResponseLink.Source.valueOf(rs.getString("source")), instant(rs, "revoked_at"), instant(rs, "created_at"));
	}

	private Answers answers(String text) {
		return new Answers(json.readValue(text, new TypeReference<Map<String, List<String>>>() {
		}));
	}
}
