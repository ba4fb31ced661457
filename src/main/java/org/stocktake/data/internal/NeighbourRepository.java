package org.stocktake.data.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.data.NeighbourModel;

/** Neighbour models, their variables, what a computed model used per authority, and the lists. */
@Repository
public class NeighbourRepository {

	private final JdbcClient jdbc;

	NeighbourRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<NeighbourModel> models() {
		List<NeighbourModel> models = new ArrayList<>();
		for (ModelRow row : jdbc.sql("select * from neighbour_model order by kind, name").query(NeighbourRepository::modelRow).list()) {
			models.add(row.with(variables(row.id())));
		}
		return models;
	}

	public Optional<NeighbourModel> find(String id) {
		return jdbc.sql("select * from neighbour_model where id = ?")
			.param(id)
			.query(NeighbourRepository::modelRow)
			.optional()
			.map(row -> row.with(variables(row.id())));
	}

	private List<NeighbourModel.Variable> variables(String modelId) {
		return jdbc.sql("select measure_id, weight, log_scale from neighbour_model_variable where model_id = ? order by position")
			.param(modelId)
			.query((rs, n) -> new NeighbourModel.Variable(rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3)))
			.list();
	}

	/** Inserts or replaces a model's definition; its variables are replaced, its lists kept until recomputed. */
	public void save(NeighbourModel model, String by) {
		jdbc.sql("""
				insert into neighbour_model (id, name, description, kind, source, size, year, updated_by)
				values (:id, :name, :description, :kind, :source, :size, :year, :by)
				on conflict (id) do update set name = excluded.name, description = excluded.description, kind = excluded.kind,
				    source = excluded.source, size = excluded.size, year = excluded.year, updated_by = excluded.updated_by""")
			.param("id", model.id())
			.param("name", model.name())
			.param("description", model.description())
			.param("kind", model.kind().name())
			.param("source", model.source())
			.param("size", model.size())
			.param("year", model.year())
			.param("by", by)
			.update();
		jdbc.sql("delete from neighbour_model_variable where model_id = ?").param(model.id()).update();
		int position = 0;
		for (NeighbourModel.Variable v : model.variables()) {
			jdbc.sql("insert into neighbour_model_variable (model_id, measure_id, weight, log_scale, position) values (?, ?, ?, ?, ?)")
				.params(model.id(), v.measureId(), v.weight(), v.logScale(), position++)
				.update();
		}
	}

	public record Score(String areaGss, String measureId, String period, BigDecimal value, double z) {
	}

	public record Link(String areaGss, String neighbourGss, int rank, Double distance) {
	}

	/** Replaces a model's scores and lists in one go, stamping when it was computed. */
	public void replaceLists(String modelId, List<Score> scores, List<Link> links, OffsetDateTime at) {
		jdbc.sql("delete from neighbour where model_id = ?").param(modelId).update();
		jdbc.sql("delete from neighbour_model_score where model_id = ?").param(modelId).update();
		for (Score s : scores) {
			jdbc.sql("insert into neighbour_model_score (model_id, area_gss, measure_id, period, value, z) values (?, ?, ?, ?, ?, ?)")
				.params(modelId, s.areaGss(), s.measureId(), s.period(), s.value(), s.z())
				.update();
		}
		for (Link l : links) {
			jdbc.sql("insert into neighbour (model_id, area_gss, neighbour_gss, rank, distance) values (?, ?, ?, ?, ?)")
				.params(modelId, l.areaGss(), l.neighbourGss(), l.rank(), l.distance())
				.update();
		}
		jdbc.sql("update neighbour_model set computed_at = ? where id = ?").params(at, modelId).update();
	}

	public List<Link> neighbours(String modelId, String areaGss) {
		return jdbc.sql("select area_gss, neighbour_gss, rank, distance from neighbour where model_id = ? and area_gss = ? order by rank")
			.params(modelId, areaGss)
			.query((rs, n) -> new Link(rs.getString(1), rs.getString(2), rs.getInt(3), (Double) rs.getObject(4)))
			.list();
	}

	/** The scores of a model for the given authorities, by authority then measure. */
	public Map<String, Map<String, Score>> scores(String modelId, List<String> areas) {
		Map<String, Map<String, Score>> byArea = new LinkedHashMap<>();
		if (areas.isEmpty()) {
			return byArea;
		}
		jdbc.sql("select area_gss, measure_id, period, value, z from neighbour_model_score where model_id = :model and area_gss in (:areas)")
			.param("model", modelId)
			.param("areas", areas)
			.query((rs, n) -> new Score(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getDouble(5)))
			.list()
			.forEach(s -> byArea.computeIfAbsent(s.areaGss(), k -> new LinkedHashMap<>()).put(s.measureId(), s));
		return byArea;
	}

	public boolean exists(String id) {
		return jdbc.sql("select count(*) from neighbour_model where id = ?").param(id).query(Long.class).single() > 0;
	}

	private record ModelRow(String id, String name, String description, NeighbourModel.Kind kind, String source, int size, Integer year,
			OffsetDateTime computedAt) {
		NeighbourModel with(List<NeighbourModel.Variable> variables) {
			return new NeighbourModel(id, name, description, kind, source, size, year, computedAt, variables);
		}
	}

	private static ModelRow modelRow(ResultSet rs, int n) throws SQLException {
		return new ModelRow(rs.getString("id"), rs.getString("name"), rs.getString("description"), NeighbourModel.Kind.valueOf(rs.getString("kind")),
				rs.getString("source"), rs.getInt("size"), rs.getObject("year") == null ? null : rs.getInt("year"),
				rs.getObject("computed_at", OffsetDateTime.class));
	}
}
