package org.stocktake.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

/** Reads the audit trail for admins, newest first, filtered by who, what and when. */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Event(long id, Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
			String summary, String before, String after) {
	}

	public record Filter(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {
	}

	public Paged<Event> search(Filter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and lower(actor) = lower(?)");
			params.add(filter.actor().trim());
		}
		if (filter.entityType() != null && !filter.entityType().isBlank()) {
			where.append(" and entity_type = ?");
			params.add(filter.entityType().trim());
		}
		if (filter.entityId() != null && !filter.entityId().isBlank()) {
			where.append(" and entity_id = ?");
			params.add(filter.entityId().trim());
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= cast(? as date)");
			params.add(filter.from());
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < cast(? as date) + 1");
			params.add(filter.to());
		}
		long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<Event> events = jdbc
			.sql("select id, occurred_at, actor, action, entity_type, entity_id, summary, before_state::text, after_state::text from audit_event"
					+ where + " order by occurred_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query((rs, i) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), AuditAction.valueOf(rs.getString(4)),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
		return new Paged<>(events, page.page(), page.size(), total);
	}

	public List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from audit_event order by 1").query(String.class).list();
	}
}
