package org.stocktake.data;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.data.internal.NeighbourCalculator;
import org.stocktake.data.internal.NeighbourRepository;
import org.stocktake.data.internal.ValueRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.platform.web.UnprocessableException;
import org.stocktake.register.Area;
import org.stocktake.register.AreaType;
import org.stocktake.register.Register;

/**
 * Nearest-neighbour models: defining and recomputing computed ones, importing published lists, and
 * answering an authority's neighbours with the reasons they are near. Any model's id can be used as
 * a comparator group: the authority and its neighbours.
 */
@Service
public class Neighbours {

	/** The model used when none is named: Stocktake's own, from the contextual data it holds. */
	public static final String DEFAULT_MODEL = "stocktake-context";

	private final NeighbourRepository repository;
	private final ValueRepository values;
	private final Measures measures;
	private final Register register;
	private final AuditLog audit;
	private final Clock clock;

	Neighbours(NeighbourRepository repository, ValueRepository values, Measures measures, Register register, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.values = values;
		this.measures = measures;
		this.register = register;
		this.audit = audit;
		this.clock = clock;
	}

	public List<NeighbourModel> models() {
		return repository.models();
	}

	public Optional<NeighbourModel> find(String id) {
		return repository.find(id);
	}

	public NeighbourModel get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("There is no neighbour model " + id));
	}

	/**
	 * The kinds of authority a computed model compares within: counties with counties, districts with
	 * districts, single-tier English councils together, Welsh councils together.
	 */
	public static String kind(AreaType type) {
		switch (type) {
			case COUNTY:
				return "county";
			case NON_METROPOLITAN_DISTRICT:
				return "district";
			case WELSH_UNITARY:
				return "welsh";
			case UNITARY:
			case METROPOLITAN_DISTRICT:
			case LONDON_BOROUGH:
			case CITY_OF_LONDON:
				return "single-tier";
			default:
				return null;
		}
	}

	/** A model's id is used as a comparator group's, so it must look like one and not shadow a standard group. */
	private static Optional<FieldError> idProblem(String id) {
		if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
			return Optional.of(FieldError.field("id", id, "Give an id of lower-case letters, digits and hyphens (at most 60)"));
		}
		if (org.stocktake.data.internal.ComparatorGroups.STANDARD.contains(id)) {
			return Optional.of(FieldError.field("id", id, "The id " + id + " is a standard comparator group's; choose another"));
		}
		return Optional.empty();
	}

	/** Defines or redefines a computed model and computes it; 422 listing every problem with the definition. */
	@Transactional
	public NeighbourModel define(NeighbourModelInput input) {
		List<FieldError> errors = new ArrayList<>();
		idProblem(input.id()).ifPresent(errors::add);
		if (input.name() == null || input.name().isBlank()) {
			errors.add(FieldError.field("name", input.name(), "Give the model a name"));
		}
		int size = input.size() == null ? 15 : input.size();
		if (size < 1 || size > 100) {
			errors.add(FieldError.field("size", Integer.toString(size), "The number of neighbours must be between 1 and 100"));
		}
		if (input.variables() == null || input.variables().isEmpty()) {
			errors.add(FieldError.field("variables", null, "Choose at least one contextual measure"));
		}
		else {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < input.variables().size(); i++) {
				NeighbourModelInput.VariableInput v = input.variables().get(i);
				String field = "variables[" + i + "]";
				if (v.measureId() == null || measures.find(v.measureId(), true).isEmpty()) {
					errors.add(FieldError.field(field + ".measureId", v.measureId(), "There is no measure " + v.measureId()));
				}
				else if (!seen.add(v.measureId())) {
					errors.add(FieldError.field(field + ".measureId", v.measureId(), "The measure " + v.measureId() + " is already a variable"));
				}
				if (v.weight() == null || v.weight().signum() <= 0) {
					errors.add(FieldError.field(field + ".weight", v.weight() == null ? null : v.weight().toPlainString(), "A weight must be above zero"));
				}
			}
		}
		repository.find(input.id() == null ? "" : input.id())
			.filter(m -> m.kind() == NeighbourModel.Kind.IMPORTED)
			.ifPresent(m -> errors.add(FieldError.field("id", m.id(), "The model " + m.id() + " is an imported list; give a new id")));
		if (!errors.isEmpty()) {
			throw new UnprocessableException("The model has " + errors.size() + " problem(s)", errors);
		}
		Optional<NeighbourModel> before = repository.find(input.id());
		NeighbourModel model = new NeighbourModel(input.id(), input.name().trim(), input.description() == null ? "" : input.description().trim(),
				NeighbourModel.Kind.COMPUTED, "Computed by Stocktake from the measures below", size, input.year(), null,
				input.variables().stream().map(NeighbourModelInput.VariableInput::toVariable).toList());
		repository.save(model, AuditLog.currentActor());
		recompute(model);
		NeighbourModel saved = get(model.id());
		if (before.isPresent()) {
			audit.updated("neighbour-model", model.id(), "Redefined the neighbour model " + model.name(), before.get(), saved);
		}
		else {
			audit.created("neighbour-model", model.id(), "Defined the neighbour model " + model.name(), saved);
		}
		return saved;
	}

	/** Recomputes a computed model from the latest values (or those of its year); answers how many authorities have lists. */
	@Transactional
	public int recompute(String id) {
		NeighbourModel model = get(id);
		if (model.kind() != NeighbourModel.Kind.COMPUTED) {
			throw new UnprocessableException("An imported list is not computed",
					List.of(FieldError.field("id", id, "The model " + id + " is an imported list: import it again to change it")));
		}
		int areas = recompute(model);
		audit.updated("neighbour-model", id, "Recomputed the neighbour model " + model.name() + " (" + areas + " authorities)", null, null);
		return areas;
	}

	private int recompute(NeighbourModel model) {
		List<NeighbourModel.Variable> variables = model.variables();
		Map<String, Map<String, DataValue>> byArea = new HashMap<>();
		List<String> periods = new ArrayList<>();
		for (NeighbourModel.Variable v : variables) {
			Measure measure = measures.get(v.measureId(), true);
			String period = periodFor(measure, model.year());
			periods.add(period);
			if (period == null) {
				continue;
			}
			for (DataValue value : values.forPeriod(measure.id(), period)) {
				if (value.value() != null && (!v.logScale() || value.value().signum() > 0)) {
					byArea.computeIfAbsent(value.areaGssCode(), k -> new HashMap<>()).put(measure.id(), value);
				}
			}
		}
		List<NeighbourCalculator.Candidate> candidates = new ArrayList<>();
		for (Area area : register.all()) {
			String kind = area.current() ? kind(area.type()) : null;
			Map<String, DataValue> own = byArea.get(area.gssCode());
			if (kind == null || own == null || own.size() < variables.size()) {
				continue;
			}
			double[] numbers = new double[variables.size()];
			for (int i = 0; i < variables.size(); i++) {
				double x = own.get(variables.get(i).measureId()).value().doubleValue();
				numbers[i] = variables.get(i).logScale() ? Math.log(x) : x;
			}
			candidates.add(new NeighbourCalculator.Candidate(area.gssCode(), kind, numbers));
		}
		double[] weights = variables.stream().mapToDouble(v -> v.weight().doubleValue()).toArray();
		List<NeighbourRepository.Score> scores = new ArrayList<>();
		List<NeighbourRepository.Link> links = new ArrayList<>();
		if (!candidates.isEmpty()) {
			NeighbourCalculator.Result result = NeighbourCalculator.compute(candidates, weights, model.size());
			for (NeighbourCalculator.Candidate c : candidates) {
				double[] z = result.zScores().get(c.gss());
				for (int i = 0; i < variables.size(); i++) {
					DataValue value = byArea.get(c.gss()).get(variables.get(i).measureId());
					scores.add(new NeighbourRepository.Score(c.gss(), value.measureId(), value.period(), value.value(), z[i]));
				}
				for (NeighbourCalculator.Near near : result.neighbours().get(c.gss())) {
					links.add(new NeighbourRepository.Link(c.gss(), near.gss(), near.rank(), near.distance()));
				}
			}
		}
		repository.replaceLists(model.id(), scores, links, OffsetDateTime.now(clock));
		return candidates.size();
	}

	/** The latest period of the measure with values, at or before {@code year} when one is given. */
	private String periodFor(Measure measure, Integer year) {
		return values.periods(measure.id())
			.stream()
			.map(p -> Period.of(p, measure.periodicity()))
			.filter(p -> year == null || p.year() <= year)
			.max(Comparator.naturalOrder())
			.map(Period::toString)
			.orElse(null);
	}

	/**
	 * Imports a published list ({@code area,neighbour,rank} and an optional {@code distance}) as the
	 * model {@code id}, all or nothing; {@code source} says whose list it is.
	 */
	@Transactional
	public ImportResult importList(String id, String name, String source, byte[] content, boolean dryRun) {
		List<FieldError> definition = new ArrayList<>();
		idProblem(id).ifPresent(definition::add);
		if (name == null || name.isBlank()) {
			definition.add(FieldError.field("name", name, "Give the list a name"));
		}
		if (source == null || source.isBlank()) {
			definition.add(FieldError.field("source", source, "Say whose list this is and where it was published"));
		}
		repository.find(id == null ? "" : id)
			.filter(m -> m.kind() == NeighbourModel.Kind.COMPUTED)
			.ifPresent(m -> definition.add(FieldError.field("id", id, "The model " + id + " is computed; give a new id")));
		if (!definition.isEmpty()) {
			throw new UnprocessableException("The list has " + definition.size() + " problem(s)", definition);
		}
		CsvFile file = CsvFile.parse(content, Set.of("area", "neighbour", "rank"));
		RowErrors errors = new RowErrors();
		List<NeighbourRepository.Link> links = new ArrayList<>();
		Set<String> pairs = new HashSet<>();
		Set<String> ranks = new HashSet<>();
		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (CsvFile.Row row : file.rows()) {
			Optional<Area> area = known(row, "area", errors);
			Optional<Area> neighbour = known(row, "neighbour", errors);
			Integer rank = null;
			try {
				rank = Integer.parseInt(row.get("rank"));
				if (rank < 1 || rank > 100) {
					errors.add(row.line(), "rank", row.get("rank"), "The rank must be between 1 and 100");
					rank = null;
				}
			}
			catch (NumberFormatException ex) {
				errors.add(row.line(), "rank", row.get("rank"), "The rank must be a whole number");
			}
			Double distance = null;
			if (file.hasColumn("distance") && !row.isBlank("distance")) {
				try {
					distance = Double.valueOf(row.get("distance"));
				}
				catch (NumberFormatException ex) {
					errors.add(row.line(), "distance", row.get("distance"), "The distance must be a number");
				}
			}
			if (area.isEmpty() || neighbour.isEmpty() || rank == null) {
				continue;
			}
			String a = area.get().gssCode();
			String b = neighbour.get().gssCode();
			if (a.equals(b)) {
				errors.add(row.line(), "neighbour", row.get("neighbour"), "An authority is not its own neighbour");
			}
			else if (!pairs.add(a + ">" + b)) {
				errors.add(row.line(), "neighbour", row.get("neighbour"), "This pair appears more than once");
			}
			else if (!ranks.add(a + "#" + rank)) {
				errors.add(row.line(), "rank", row.get("rank"), "Another neighbour of " + row.get("area") + " already has rank " + rank);
			}
			else {
				links.add(new NeighbourRepository.Link(a, b, rank, distance));
				sizes.merge(a, 1, Integer::sum);
			}
		}
		errors.throwIfAny();
		boolean exists = repository.exists(id);
		if (!dryRun) {
			int size = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(1);
			NeighbourModel model = new NeighbourModel(id, name.trim(), "Published list imported from " + source.trim(), NeighbourModel.Kind.IMPORTED,
					source.trim(), size, null, null, List.of());
			repository.save(model, AuditLog.currentActor());
			repository.replaceLists(id, List.of(), links, OffsetDateTime.now(clock));
			audit.created("neighbour-model", id, "Imported the neighbour list " + name.trim() + " (" + links.size() + " pairs for " + sizes.size()
					+ " authorities)", Map.of("source", source.trim(), "pairs", links.size()));
		}
		return new ImportResult(exists ? 0 : links.size(), exists ? links.size() : 0, 0, 0, List.of(), dryRun);
	}

	private Optional<Area> known(CsvFile.Row row, String column, RowErrors errors) {
		Optional<Area> area = register.find(row.get(column));
		if (area.isEmpty()) {
			errors.add(row.line(), column, row.get(column), "The register has no authority with the code " + row.get(column));
		}
		return area;
	}

	/** The authority and its neighbours in the model, as a comparator group's members; empty when it has none. */
	public List<String> groupMembers(String modelId, String areaGss) {
		List<String> members = new ArrayList<>();
		List<NeighbourRepository.Link> links = repository.neighbours(modelId, areaGss);
		if (links.isEmpty()) {
			return members;
		}
		members.add(areaGss);
		links.forEach(l -> members.add(l.neighbourGss()));
		return members;
	}

	/** An authority's neighbours in the model, with the reasons; 404 for an unknown model or authority. */
	public NeighbourList of(String areaGss, String modelId) {
		NeighbourModel model = get(modelId == null || modelId.isBlank() ? DEFAULT_MODEL : modelId);
		Area area = register.get(areaGss);
		List<NeighbourRepository.Link> links = repository.neighbours(model.id(), area.gssCode());
		List<String> codes = new ArrayList<>();
		codes.add(area.gssCode());
		links.forEach(l -> codes.add(l.neighbourGss()));
		Map<String, Map<String, NeighbourRepository.Score>> scores = repository.scores(model.id(), codes);
		Map<String, NeighbourRepository.Score> own = scores.getOrDefault(area.gssCode(), Map.of());
		List<NeighbourList.Neighbour> neighbours = new ArrayList<>();
		double[] sumDifference = new double[model.variables().size()];
		for (NeighbourRepository.Link link : links) {
			Map<String, NeighbourRepository.Score> theirs = scores.getOrDefault(link.neighbourGss(), Map.of());
			List<NeighbourList.Contribution> contributions = new ArrayList<>();
			double total = 0;
			double[] parts = new double[model.variables().size()];
			for (int i = 0; i < model.variables().size(); i++) {
				NeighbourModel.Variable v = model.variables().get(i);
				NeighbourRepository.Score a = own.get(v.measureId());
				NeighbourRepository.Score b = theirs.get(v.measureId());
				if (a != null && b != null) {
					parts[i] = v.weight().doubleValue() * Math.pow(a.z() - b.z(), 2);
					total += parts[i];
					sumDifference[i] += Math.abs(a.z() - b.z());
				}
			}
			for (int i = 0; i < model.variables().size(); i++) {
				NeighbourModel.Variable v = model.variables().get(i);
				NeighbourRepository.Score a = own.get(v.measureId());
				NeighbourRepository.Score b = theirs.get(v.measureId());
				contributions.add(new NeighbourList.Contribution(v.measureId(), a == null ? null : a.value(), b == null ? null : b.value(),
						total == 0 ? 0 : parts[i] / total));
			}
			neighbours.add(new NeighbourList.Neighbour(link.rank(), link.neighbourGss(), register.get(link.neighbourGss()).name(), link.distance(),
					contributions));
		}
		List<NeighbourList.VariableSummary> summaries = new ArrayList<>();
		for (int i = 0; i < model.variables().size(); i++) {
			NeighbourModel.Variable v = model.variables().get(i);
			NeighbourRepository.Score a = own.get(v.measureId());
			String title = measures.find(v.measureId(), true).map(Measure::title).orElse(v.measureId());
			summaries.add(new NeighbourList.VariableSummary(v.measureId(), title, a == null ? null : a.period(), a == null ? null : a.value(),
					v.weight(), v.logScale(), links.isEmpty() ? 0 : sumDifference[i] / links.size()));
		}
		return new NeighbourList(model, area.gssCode(), area.name(), neighbours, summaries);
	}
}
