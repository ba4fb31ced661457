package org.stocktake.platform.audit;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes who changed which business record, with its state before and after. Callers write within
 * their own transaction, so a change and its audit entry commit or roll back together.
 */
@Component
public class AuditLog {

	public static final String SYSTEM = "system";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One change to record; {@code before} and {@code after} are any values Jackson can write. */
	public record Change(AuditAction action, String entityType, String entityId, String summary, Object before,
			Object after) {
	}

	public void created(String entityType, String entityId, String summary, Object after) {
		record(List.of(new Change(AuditAction.CREATE, entityType, entityId, summary, null, after)));
	}

	public void updated(String entityType, String entityId, String summary, Object before, Object after) {
		record(List.of(new Change(AuditAction.UPDATE, entityType, entityId, summary, before, after)));
	}

	public void deleted(String entityType, String entityId, String summary, Object before) {
		record(List.of(new Change(AuditAction.DELETE, entityType, entityId, summary, before, null)));
	}

	public void record(List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		String actor = currentActor();
		List<Object[]> rows = new ArrayList<>(changes.size());
		for (Change c : changes) {
			rows.add(new Object[] { actor, c.action().name(), c.entityType(), c.entityId(), c.summary(), toJson(c.before()),
					toJson(c.after()) });
		}
		for (List<Object[]> batch : partition(rows, 1000)) {
			StringBuilder sql = new StringBuilder(
					"insert into audit_event (actor, action, entity_type, entity_id, summary, before_state, after_state) values ");
			List<Object> params = new ArrayList<>(batch.size() * 7);
			for (int i = 0; i < batch.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))");
				params.addAll(java.util.Arrays.asList(batch.get(i)));
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
	}

	public static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return SYSTEM;
		}
		return auth.getName();
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	private static <T> List<List<T>> partition(List<T> all, int size) {
		List<List<T>> parts = new ArrayList<>();
		for (int i = 0; i < all.size(); i += size) {
			parts.add(all.subList(i, Math.min(all.size(), i + size)));
		}
		return parts;
	}
}
