package org.stocktake.collection.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.collection.Collection;
import org.stocktake.collection.ReturnState;
import org.stocktake.collection.Return;
import org.stocktake.collection.Rule;

/** Collections, rules, returns, values and their history: plain SQL returning records. */
@Repository
public class CollectionRepository {

	private final JdbcClient jdbc;

	CollectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Collection c, String periodicity) {
		long id = jdbc.sql("insert into collection (title, period, periodicity, opens_on, closes_on, publish_on, created_by) "
				+ "values (?, ?, ?, ?, ?, ?, ?) returning id")
			.params(c.title(), c.period(), periodicity, c.opensOn(), c.closesOn(), c.publishOn(), c.createdBy())
			.query(Long.class)
			.single();
		for (int i = 0; i < c.measures().size(); i++) {
			jdbc.sql("insert into collection_measure (collection_id, measure_id, position) values (?, ?, ?)").params(id, c.measures().get(i), i)
				.update();
		}
		for (String gss : c.authorities()) {
			jdbc.sql("insert into collection_authority (collection_id, area_gss) values (?, ?)").params(id, gss).update();
		}
		for (Rule r : c.rules()) {
			jdbc.sql("""
					insert into collection_rule (collection_id, kind, severity, measure_id, other_measure, operator, min_value, max_value,
					                             method, threshold, peer_group, min_points, message)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, r.kind().name(), r.severity().name(), r.measure(), r.otherMeasure(), r.operator(), r.min(), r.max(),
						r.method() == null ? null : r.method().name(), r.threshold(), r.peerGroup(), r.minPoints(), r.message())
				.update();
		}
		return id;
	}

	public void updateDates(long id, LocalDate opensOn, LocalDate closesOn, LocalDate publishOn) {
		jdbc.sql("update collection set opens_on = ?, closes_on = ?, publish_on = ? where id = ?").params(opensOn, closesOn, publishOn, id)
			.update();
	}

	public Optional<Collection> find(long id) {
		return jdbc.sql("select * from collection where id = ?").param(id).query((rs, i) -> map(rs)).optional();
	}

	public List<Collection> all() {
		return jdbc.sql("select * from collection order by opens_on desc, id desc").query((rs, i) -> map(rs)).list();
	}

	public List<Collection> forAuthority(String gss) {
		return jdbc.sql("select c.* from collection c join collection_authority a on a.collection_id = c.id where a.area_gss = ? "
				+ "order by c.opens_on desc, c.id desc").param(gss).query((rs, i) -> map(rs)).list();
	}

	/** Collections whose publication day has come and that have accepted returns not yet published. */
	public List<Long> duePublication(LocalDate today) {
		return jdbc.sql("select distinct c.id from collection c join collection_return r on r.collection_id = c.id "
				+ "where c.publish_on <= ? and r.state = 'ACCEPTED' and r.published_at is null order by c.id").param(today).query(Long.class).list();
	}

	public void markCollectionPublished(long id) {
		jdbc.sql("update collection set published_at = coalesce(published_at, now()) where id = ?").param(id).update();
	}

	private Collection map(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		List<String> measures = jdbc.sql("select measure_id from collection_measure where collection_id = ? order by position").param(id)
			.query(String.class).list();
		List<String> authorities = jdbc.sql("select area_gss from collection_authority where collection_id = ? order by area_gss").param(id)
			.query(String.class).list();
		List<Rule> rules = jdbc.sql("select * from collection_rule where collection_id = ? order by id").param(id)
			.query((r, i) -> new Rule(r.getLong("id"), Rule.RuleKind.valueOf(r.getString("kind")), Rule.Severity.valueOf(r.getString("severity")),
					r.getString("measure_id"), r.getString("other_measure"), r.getString("operator"), r.getBigDecimal("min_value"),
					r.getBigDecimal("max_value"), r.getString("method") == null ? null : Rule.OutlierMethod.valueOf(r.getString("method")),
					r.getBigDecimal("threshold"), r.getString("peer_group"), (Integer) r.getObject("min_points"), r.getString("message")))
			.list();
		return new Collection(id, rs.getString("title"), rs.getString("period"), measures, authorities, rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class), rs.getObject("publish_on", LocalDate.class),
				rs.getObject("published_at", OffsetDateTime.class), rules, rs.getString("created_by"));
	}

	// ---- returns ------------------------------------------------------------------------------

	/** A stored return's header (state and dates), without its values. */
	public record ReturnRow(long collectionId, String gss, ReturnState state, OffsetDateTime submittedAt, String submittedBy,
			OffsetDateTime reviewedAt, String reviewedBy, String reviewComment, OffsetDateTime publishedAt) {
	}

	public Optional<ReturnRow> findReturn(long collectionId, String gss) {
		return jdbc.sql("select * from collection_return where collection_id = ? and area_gss = ?").params(collectionId, gss)
			.query((rs, i) -> returnRow(rs)).optional();
	}

	/** Locks the return's row for the rest of the transaction, so that two saves or reviews cannot interleave. */
	public Optional<ReturnRow> lockReturn(long collectionId, String gss) {
		return jdbc.sql("select * from collection_return where collection_id = ? and area_gss = ? for update").params(collectionId, gss)
			.query((rs, i) -> returnRow(rs)).optional();
	}

	public List<ReturnRow> returns(long collectionId) {
		return jdbc.sql("select * from collection_return where collection_id = ?").param(collectionId).query((rs, i) -> returnRow(rs)).list();
	}

	private static ReturnRow returnRow(ResultSet rs) throws SQLException {
		return new ReturnRow(rs.getLong("collection_id"), rs.getString("area_gss"), ReturnState.valueOf(rs.getString("state")),
				rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"), rs.getObject("reviewed_at", OffsetDateTime.class),
				rs.getString("reviewed_by"), rs.getString("review_comment"), rs.getObject("published_at", OffsetDateTime.class));
	}

	public void createReturn(long collectionId, String gss) {
		jdbc.sql("insert into collection_return (collection_id, area_gss, state) values (?, ?, 'DRAFT') on conflict do nothing")
			.params(collectionId, gss).update();
	}

	public void setState(long collectionId, String gss, ReturnState state) {
		jdbc.sql("update collection_return set state = ?, updated_at = now() where collection_id = ? and area_gss = ?")
			.params(state.name(), collectionId, gss).update();
	}

	public void submitted(long collectionId, String gss, String actor) {
		jdbc.sql("update collection_return set state = 'SUBMITTED', submitted_at = now(), submitted_by = ?, updated_at = now() "
				+ "where collection_id = ? and area_gss = ?").params(actor, collectionId, gss).update();
	}

	public void reviewed(long collectionId, String gss, ReturnState state, String actor, String comment) {
		jdbc.sql("update collection_return set state = ?, reviewed_at = now(), reviewed_by = ?, review_comment = ?, updated_at = now() "
				+ "where collection_id = ? and area_gss = ?").params(state.name(), actor, comment, collectionId, gss).update();
	}

	public void returnPublished(long collectionId, String gss) {
		jdbc.sql("update collection_return set published_at = now() where collection_id = ? and area_gss = ?").params(collectionId, gss).update();
	}

	/** A stored figure. */
	public record StoredValue(String measure, BigDecimal value, String status, String marker, String note) {
	}

	public List<StoredValue> values(long collectionId, String gss) {
		return jdbc.sql("select * from collection_value where collection_id = ? and area_gss = ?").params(collectionId, gss)
			.query((rs, i) -> new StoredValue(rs.getString("measure_id"), rs.getBigDecimal("value"), rs.getString("status"),
					rs.getString("marker"), rs.getString("note")))
			.list();
	}

	/** Numeric figures of one measure in returns of the collection that have been submitted (and not rejected), by authority. */
	public List<Object[]> submittedValues(long collectionId, String measure) {
		return jdbc.sql("select v.area_gss, v.value from collection_value v join collection_return r using (collection_id, area_gss) "
				+ "where v.collection_id = ? and v.measure_id = ? and v.value is not null and r.state in ('SUBMITTED', 'QUERIED', 'ACCEPTED')")
			.params(collectionId, measure)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getBigDecimal(2) })
			.list();
	}

	public void saveValue(long collectionId, String gss, StoredValue v, String actor) {
		jdbc.sql("""
				insert into collection_value (collection_id, area_gss, measure_id, value, status, marker, note, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (collection_id, area_gss, measure_id) do update
				   set value = excluded.value, status = excluded.status, marker = excluded.marker, note = excluded.note,
				       updated_by = excluded.updated_by, updated_at = now()""")
			.params(collectionId, gss, v.measure(), v.value(), v.status(), v.marker(), v.note(), actor)
			.update();
	}

	public void deleteValue(long collectionId, String gss, String measure) {
		jdbc.sql("delete from collection_value where collection_id = ? and area_gss = ? and measure_id = ?").params(collectionId, gss, measure)
			.update();
	}

	public void event(long collectionId, String gss, String action, String comment, String actor) {
		jdbc.sql("insert into collection_event (collection_id, area_gss, action, comment, actor) values (?, ?, ?, ?, ?)")
			.params(collectionId, gss, action, comment, actor).update();
	}

	public List<Return.Event> events(long collectionId, String gss) {
		return jdbc.sql("select * from collection_event where collection_id = ? and area_gss = ? order by id").params(collectionId, gss)
			.query((rs, i) -> new Return.Event(rs.getString("action"), rs.getString("comment"), rs.getString("actor"),
					rs.getObject("at", OffsetDateTime.class)))
			.list();
	}

	// ---- reminders ----------------------------------------------------------------------------

	/** Records a reminder; false when it had already been sent (so it is not sent again). */
	public boolean reminderNotYetSent(long collectionId, String gss, String kind) {
		return jdbc.sql("insert into collection_reminder (collection_id, area_gss, kind) values (?, ?, ?) on conflict do nothing")
			.params(collectionId, gss, kind.toUpperCase(Locale.ROOT)).update() == 1;
	}

	/** Collections open on {@code today} or closed but not yet published, for the reminder job. */
	public List<Long> remindable(LocalDate today) {
		return jdbc.sql("select id from collection where opens_on <= ? and publish_on > ? order by id").params(today, today).query(Long.class).list();
	}
}
