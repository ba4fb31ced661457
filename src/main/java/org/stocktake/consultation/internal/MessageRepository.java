package org.stocktake.consultation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.stocktake.consultation.internal.QuestionnaireRepository.instant;
import static org.stocktake.consultation.internal.QuestionnaireRepository.ts;

/** The per-recipient log of invitations, reminders and own-link messages, and addresses that bounced. */
@Repository
public class MessageRepository {

	public record Message(long id, long questionnaireId, Long linkId, String email, String kind, String status, int attempts, String lastError,
			Instant nextAttemptAt, Instant queuedAt, Instant sentAt, String baseUrl) {
	}

	private final JdbcClient jdbc;

	MessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long queue(long questionnaireId, long linkId, String email, String kind, String baseUrl, String actor) {
		return jdbc.sql("""
				insert into consultation_message (questionnaire_id, link_id, email, kind, base_url, queued_by) values (?, ?, ?, ?, ?, ?) returning id
				""").params(questionnaireId, linkId, email, kind, baseUrl, actor).query(Long.class).single();
	}

	/** Messages due to be sent, oldest first, locked so that a second instance skips them. */
	public List<Message> due(Instant now, int limit) {
		return jdbc.sql("""
				select * from consultation_message where status = 'QUEUED' and next_attempt_at <= ?
				order by next_attempt_at, id limit ? for update skip locked
				""").params(ts(now), limit).query((rs, n) -> message(rs)).list();
	}

	public void markSent(long id, Instant at) {
		jdbc.sql("update consultation_message set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?")
			.params(ts(at), id).update();
	}

	public void markRetry(long id, String error, Instant next) {
		jdbc.sql("update consultation_message set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
			.params(error, ts(next), id).update();
	}

	public void markStatus(long id, String status, String error) {
		jdbc.sql("update consultation_message set status = ?, attempts = attempts + 1, last_error = ? where id = ?").params(status, error, id)
			.update();
	}

	/** Marks the messages sent to a bounced address as bounced. */
	public int markBounced(String email, String reason) {
		return jdbc.sql("update consultation_message set status = 'BOUNCED', last_error = ? where lower(email) = lower(?) and status = 'SENT'")
			.params(reason, email).update();
	}

	public List<Message> forQuestionnaire(long questionnaireId) {
		return jdbc.sql("select * from consultation_message where questionnaire_id = ? order by id desc").param(questionnaireId)
			.query((rs, n) -> message(rs)).list();
	}

	public Optional<Message> find(long id) {
		return jdbc.sql("select * from consultation_message where id = ?").param(id).query((rs, n) -> message(rs)).optional();
	}

	public boolean suppressed(String email) {
		return jdbc.sql("select count(*) from mail_suppression where email = lower(?)").param(email).query(Integer.class).single() > 0;
	}

	public void suppress(String email, String reason, String actor) {
		jdbc.sql("insert into mail_suppression (email, reason, created_by) values (lower(?), ?, ?) on conflict (email) do nothing")
			.params(email, reason, actor).update();
	}

	/** Links issued by invitation whose holders have not submitted anything and that are not revoked. */
	public List<Long> unansweredInvitedLinks(long questionnaireId) {
		return jdbc.sql("""
				select l.id from response_link l where l.questionnaire_id = ? and l.revoked_at is null and l.email is not null
				and l.source = 'INVITATION' and not exists (select 1 from response r where r.link_id = l.id) order by l.id
				""").param(questionnaireId).query(Long.class).list();
	}

	private static Message message(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Message(rs.getLong("id"), rs.getLong("questionnaire_id"), (Long) rs.getObject("link_id"), rs.getString("email"),
				rs.getString("kind"), rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "next_attempt_at"),
				instant(rs, "queued_at"), instant(rs, "sent_at"), rs.getString("base_url"));
	}
}
