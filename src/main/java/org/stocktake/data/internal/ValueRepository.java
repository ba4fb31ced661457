package org.stocktake.data.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.data.DataValue;
import org.stocktake.data.ValueStatus;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

/** Reading values, periods, revisions and the import history: plain SQL returning records. */
@Repository
public class ValueRepository {

	private static final String COLUMNS = "measure_id, area_gss, period, value, status, marker";

	private final JdbcClient jdbc;

	ValueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The periods a measure has values for, newest first. */
	public List<String> periods(String measureId) {
		return jdbc.sql("select period from data_value where measure_id = ? group by period, period_start order by period_start desc")
			.param(measureId)
			.query(String.class)
			.list();
	}

	/** Every area's value of one measure in one period. */
	public List<DataValue> forPeriod(String measureId, String period) {
		return jdbc.sql("select " + COLUMNS + " from data_value where measure_id = ? and period = ?")
			.params(measureId, period)
			.query(ValueRepository::map)
			.list();
	}

	/** One area's series of one measure, oldest first. */
	public List<DataValue> series(String measureId, String areaGss) {
		return jdbc.sql("select " + COLUMNS + " from data_value where measure_id = ? and area_gss = ? order by period_start")
			.params(measureId, areaGss)
			.query(ValueRepository::map)
			.list();
	}

	/** The latest period in which the area has a value (or a marker) of each measure. */
	public List<DataValue> latestForArea(String areaGss) {
		return jdbc.sql("select distinct on (measure_id) " + COLUMNS + " from data_value where area_gss = ? order by measure_id, period_start desc")
			.param(areaGss)
			.query(ValueRepository::map)
			.list();
	}

	/** Values filtered by any of measure, period and a set of areas (null = any), ordered for reading; every one when {@code page} is null. */
	public Paged<DataValue> list(String measureId, String period, Collection<String> areaGss, PageRequest page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (measureId != null) {
			where.append(" and measure_id = ?");
			params.add(measureId);
		}
		if (period != null) {
			where.append(" and period = ?");
			params.add(period);
		}
		if (areaGss != null) {
			where.append(" and area_gss = any(?)");
			params.add(areaGss.toArray(String[]::new));
		}
		if (page == null) {
			List<DataValue> items = jdbc.sql("select " + COLUMNS + " from data_value" + where + " order by measure_id, period_start, area_gss")
				.params(params)
				.query(ValueRepository::map)
				.list();
			return new Paged<>(items, 0, Math.max(1, items.size()), items.size());
		}
		long total = jdbc.sql("select count(*) from data_value" + where).params(params).query(Long.class).single();
		params.add(page.size());
		params.add(page.offset());
		List<DataValue> items = jdbc.sql("select " + COLUMNS + " from data_value" + where
				+ " order by measure_id, period_start, area_gss limit ? offset ?").params(params).query(ValueRepository::map).list();
		return new Paged<>(items, page.page(), page.size(), total);
	}

	public long count(String measureId) {
		return jdbc.sql("select count(*) from data_value where measure_id = ?").param(measureId).query(Long.class).single();
	}

	/** One revision: what a value was before an import changed it. */
	public record Revision(String measureId, String period, String areaGss, java.math.BigDecimal oldValue, String oldStatus,
			String oldMarker, java.math.BigDecimal newValue, String newStatus, String newMarker, long importId, String changedBy,
			OffsetDateTime changedAt) {
	}

	public List<Revision> revisions(String measureId, String areaGss, String period) {
		return jdbc.sql("select * from data_value_revision where measure_id = ? and area_gss = ? and period = ? order by id")
			.params(measureId, areaGss, period)
			.query((rs, i) -> new Revision(rs.getString("measure_id"), rs.getString("period"), rs.getString("area_gss"),
					rs.getBigDecimal("old_value"), rs.getString("old_status"), rs.getString("old_marker"), rs.getBigDecimal("new_value"),
					rs.getString("new_status"), rs.getString("new_marker"), rs.getLong("import_id"), rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
	}

	/** One past import, for the history page. */
	public record ImportRecord(long id, String filename, String importedBy, OffsetDateTime importedAt, int rows, int inserted,
			int updated, int unchanged, int skipped) {
	}

	public List<ImportRecord> imports(int limit) {
		return jdbc.sql("select * from value_import order by id desc limit ?")
			.param(limit)
			.query((rs, i) -> new ImportRecord(rs.getLong("id"), rs.getString("filename"), rs.getString("imported_by"),
					rs.getObject("imported_at", OffsetDateTime.class), rs.getInt("row_count"), rs.getInt("inserted"), rs.getInt("updated"),
					rs.getInt("unchanged"), rs.getInt("skipped")))
			.list();
	}

	static DataValue map(ResultSet rs, int row) throws SQLException {
		java.math.BigDecimal value = rs.getBigDecimal("value");
		return new DataValue(rs.getString("measure_id"), rs.getString("area_gss"), rs.getString("period"),
				value, ValueStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
				rs.getString("marker"));
	}
}
