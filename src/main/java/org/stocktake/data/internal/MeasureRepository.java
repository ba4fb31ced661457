package org.stocktake.data.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.data.Measure;
import org.stocktake.data.Periodicity;
import org.stocktake.data.Polarity;
import org.stocktake.data.Unit;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.AreaType;

/** The measure catalogue in PostgreSQL, searched with full text and trigrams for typos. */
@Repository
public class MeasureRepository {

	private static final String COLUMNS = "id, title, description, unit, polarity, decimal_places, source, source_url, licence, periodicity, "
			+ "area_types, themes, restricted, min_value, max_value, weight_measure";

	private final JdbcClient jdbc;

	MeasureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Measure> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from measure where id = ?").param(id).query(MeasureRepository::map).optional();
	}

	public List<Measure> all() {
		return jdbc.sql("select " + COLUMNS + " from measure order by title").query(MeasureRepository::map).list();
	}

	/**
	 * Measures matching {@code q} (full text on title and description, or trigram similarity on id
	 * and title so that typos still find them) and {@code theme}; restricted ones only when allowed.
	 */
	public Paged<Measure> search(String q, String theme, boolean includeRestricted, PageRequest page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		boolean text = q != null && !q.isBlank();
		if (text) {
			where.append(" and (search_vector @@ websearch_to_tsquery('english', ?) or word_similarity(?, search_text) > 0.45"
					+ " or search_text like ?)");
			String t = q.trim().toLowerCase(java.util.Locale.ROOT);
			params.addAll(List.of(t, t, "%" + t.replace("%", "\\%").replace("_", "\\_") + "%"));
		}
		if (theme != null && !theme.isBlank()) {
			where.append(" and ? = any(themes)");
			params.add(theme.trim());
		}
		if (!includeRestricted) {
			where.append(" and not restricted");
		}
		long total = jdbc.sql("select count(*) from measure" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>();
		String order = " order by title";
		if (text) {
			order = " order by ts_rank(search_vector, websearch_to_tsquery('english', ?)) + word_similarity(?, search_text) desc, title";
			String t = q.trim().toLowerCase(java.util.Locale.ROOT);
			pageParams.addAll(params);
			pageParams.addAll(List.of(t, t));
		}
		else {
			pageParams.addAll(params);
		}
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<Measure> items = jdbc.sql("select " + COLUMNS + " from measure" + where + order + " limit ? offset ?")
			.params(pageParams)
			.query(MeasureRepository::map)
			.list();
		return new Paged<>(items, page.page(), page.size(), total);
	}

	/** Every theme in use, alphabetically, for the catalogue's filter. */
	public List<String> themes(boolean includeRestricted) {
		return jdbc.sql("select distinct unnest(themes) t from measure" + (includeRestricted ? "" : " where not restricted") + " order by t")
			.query(String.class)
			.list();
	}

	/** Inserts or replaces a measure; answers true when it was new. */
	public boolean save(Measure m) {
		boolean exists = find(m.id()).isPresent();
		String types = m.areaTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
		String themes = m.themes().stream().map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
		Object[] params = { m.title(), m.description(), m.unit().name(), m.polarity().name(), m.decimalPlaces(), m.source(), m.sourceUrl(),
				m.licence(), m.periodicity().name(), types, themes, m.restricted(), m.minValue(), m.maxValue(), m.weightMeasure(), m.id() };
		if (exists) {
			jdbc.sql("update measure set title = ?, description = ?, unit = ?, polarity = ?, decimal_places = ?, source = ?, source_url = ?, "
					+ "licence = ?, periodicity = ?, area_types = cast(? as text[]), themes = cast(? as text[]), restricted = ?, min_value = ?, "
					+ "max_value = ?, weight_measure = ?, updated_at = now() where id = ?").params(params).update();
		}
		else {
			jdbc.sql("insert into measure (title, description, unit, polarity, decimal_places, source, source_url, licence, periodicity, "
					+ "area_types, themes, restricted, min_value, max_value, weight_measure, id) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]), cast(? as text[]), ?, ?, ?, ?, ?)").params(params).update();
		}
		return !exists;
	}

	public long count() {
		return jdbc.sql("select count(*) from measure").query(Long.class).single();
	}

	static Measure map(ResultSet rs, int row) throws SQLException {
		return new Measure(rs.getString("id"), rs.getString("title"), rs.getString("description"), Unit.valueOf(rs.getString("unit")),
				Polarity.valueOf(rs.getString("polarity")), rs.getInt("decimal_places"), rs.getString("source"), rs.getString("source_url"),
				rs.getString("licence"), Periodicity.valueOf(rs.getString("periodicity")),
				Arrays.stream(strings(rs.getArray("area_types"))).map(AreaType::valueOf).collect(Collectors.toSet()),
				List.of(strings(rs.getArray("themes"))), rs.getBoolean("restricted"), decimal(rs.getBigDecimal("min_value")),
				decimal(rs.getBigDecimal("max_value")), rs.getString("weight_measure"));
	}

	private static BigDecimal decimal(BigDecimal value) {
		return value;
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
