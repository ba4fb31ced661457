package org.stocktake.oversight.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.oversight.FinanceIndicator;
import org.stocktake.oversight.SavedView;
import org.stocktake.oversight.SignalWeight;

/** Signal weights, finance indicators, saved views, weekly snapshots and digest records in PostgreSQL. */
@Repository
public class WatchlistRepository {

	private final JdbcClient jdbc;

	WatchlistRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SignalWeight> weights() {
		return jdbc.sql("select * from watchlist_signal order by position")
			.query((rs, n) -> new SignalWeight(rs.getString("id"), rs.getInt("position"), rs.getBigDecimal("weight"), rs.getBoolean("enabled"),
					rs.getString("parameter")))
			.list();
	}

	public void updateWeight(String id, BigDecimal weight, boolean enabled, String actor) {
		jdbc.sql("update watchlist_signal set weight = :weight, enabled = :enabled, updated_at = now(), updated_by = :actor where id = :id")
			.param("weight", weight)
			.param("enabled", enabled)
			.param("actor", actor)
			.param("id", id)
			.update();
	}

	public List<FinanceIndicator> financeIndicators() {
		return jdbc.sql("select * from watchlist_finance_indicator order by position")
			.query((rs, n) -> new FinanceIndicator(rs.getString("id"), rs.getString("name"), strings(rs.getArray("numerator_measures")),
					rs.getString("denominator_measure"), rs.getString("flag_when"), rs.getString("meaning"), rs.getString("source")))
			.list();
	}

	// Saved views

	public List<SavedView> viewsVisibleTo(long userId) {
		return jdbc.sql("select * from watchlist_view where shared or owner_id = :user order by lower(name)")
			.param("user", userId)
			.query((rs, n) -> view(rs))
			.list();
	}

	public Optional<SavedView> view(long id) {
		return jdbc.sql("select * from watchlist_view where id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
	}

	public boolean nameTaken(Long ownerId, String name) {
		return jdbc.sql("select count(*) from watchlist_view where coalesce(owner_id, 0) = :owner and lower(name) = lower(:name)")
			.param("owner", ownerId == null ? 0L : ownerId)
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	public SavedView insertView(String name, long ownerId, String ownerName, String query, boolean shared) {
		long id = jdbc.sql("""
				insert into watchlist_view (name, owner_id, owner_name, query, shared) values (:name, :owner, :ownerName, :query, :shared)
				returning id""")
			.param("name", name)
			.param("owner", ownerId)
			.param("ownerName", ownerName)
			.param("query", query)
			.param("shared", shared)
			.query(Long.class)
			.single();
		return view(id).orElseThrow();
	}

	public void deleteView(long id) {
		jdbc.sql("delete from watchlist_view where id = :id").param("id", id).update();
	}

	private static SavedView view(ResultSet rs) throws SQLException {
		long owner = rs.getLong("owner_id");
		return new SavedView(rs.getLong("id"), rs.getString("name"), rs.wasNull() ? null : owner, rs.getString("owner_name"),
				rs.getString("query"), rs.getBoolean("shared"), rs.getTimestamp("created_at").toInstant());
	}

	// Weekly snapshots and digests

	/** One authority's place in a week's snapshot. */
	public record Snapshot(String areaGss, BigDecimal score, int rank, List<String> raised) {
	}

	/** Records the week's snapshot unless one is already held; @return whether it was written. */
	public boolean saveSnapshot(LocalDate week, Map<String, Snapshot> byArea) {
		long held = jdbc.sql("select count(*) from watchlist_snapshot where week_start = :week").param("week", week).query(Long.class).single();
		if (held > 0) {
			return false;
		}
		for (Snapshot s : byArea.values()) {
			jdbc.sql("insert into watchlist_snapshot (week_start, area_gss, score, rank, raised) values (:week, :area, :score, :rank, :raised)")
				.param("week", week)
				.param("area", s.areaGss())
				.param("score", s.score())
				.param("rank", s.rank())
				.param("raised", s.raised().toArray(new String[0]))
				.update();
		}
		return true;
	}

	/** The latest snapshot taken before {@code week}, by area code, with its week; empty when there is none. */
	public Optional<LocalDate> snapshotWeekBefore(LocalDate week) {
		return jdbc.sql("select max(week_start) from watchlist_snapshot where week_start < :week")
			.param("week", week)
			.query(LocalDate.class)
			.optional();
	}

	public Map<String, Snapshot> snapshot(LocalDate week) {
		Map<String, Snapshot> byArea = new HashMap<>();
		jdbc.sql("select * from watchlist_snapshot where week_start = :week").param("week", week).query((rs, n) -> {
			Snapshot s = new Snapshot(rs.getString("area_gss"), rs.getBigDecimal("score"), rs.getInt("rank"), strings(rs.getArray("raised")));
			byArea.put(s.areaGss(), s);
			return s;
		}).list();
		return byArea;
	}

	/** Claims the week's digest for a recipient; @return false when it was already sent (or claimed) that week. */
	public boolean claimDigest(LocalDate week, String recipient, String regions) {
		return jdbc.sql("""
				insert into oversight_digest (week_start, recipient, regions, delivered) values (:week, :recipient, :regions, false)
				on conflict (week_start, recipient) do nothing""")
			.param("week", week)
			.param("recipient", recipient)
			.param("regions", regions)
			.update() == 1;
	}

	public void markDelivered(LocalDate week, String recipient) {
		jdbc.sql("update oversight_digest set delivered = true where week_start = :week and recipient = :recipient")
			.param("week", week)
			.param("recipient", recipient)
			.update();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
