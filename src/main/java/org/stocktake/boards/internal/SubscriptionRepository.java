package org.stocktake.boards.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscribers to boards' papers, found by their token. */
@Repository
public class SubscriptionRepository {

	/** A subscription as stored. */
	public record Row(long id, long boardId, String email, String token, boolean confirmed) {
	}

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the subscription with this token, or answers the existing one with its own token. */
	public Row upsert(long boardId, String email, String token) {
		return jdbc.sql("""
				insert into board_subscription (board_id, email, token) values (?, ?, ?)
				on conflict (board_id, email) do update set email = excluded.email
				returning id, board_id, email, token, confirmed_at is not null
				""").params(boardId, email, token).query((rs, n) -> row(rs)).single();
	}

	public Optional<Row> byToken(String token) {
		return jdbc.sql("select id, board_id, email, token, confirmed_at is not null from board_subscription where token = ?").param(token)
			.query((rs, n) -> row(rs)).optional();
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
	}

	public void confirm(long id) {
		jdbc.sql("update board_subscription set confirmed_at = coalesce(confirmed_at, now()) where id = ?").param(id).update();
	}

	public void delete(long id) {
		jdbc.sql("delete from board_subscription where id = ?").param(id).update();
	}

	public List<Row> confirmed(long boardId) {
		return jdbc.sql("select id, board_id, email, token, true from board_subscription where board_id = ? and confirmed_at is not null order by id")
			.param(boardId).query((rs, n) -> row(rs)).list();
	}
}
