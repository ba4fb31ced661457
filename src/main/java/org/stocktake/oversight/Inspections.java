package org.stocktake.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.stocktake.oversight.InspectionSummary.CurrentJudgement;
import org.stocktake.oversight.internal.InspectionRepository;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Area;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/** Inspection judgements and what they add up to across the sector. */
@Service
public class Inspections {

	private final InspectionRepository repository;
	private final Register register;
	private final Clock clock;

	Inspections(InspectionRepository repository, Register register, Clock clock) {
		this.repository = repository;
		this.register = register;
		this.clock = clock;
	}

	public List<Framework> frameworks() {
		return repository.frameworks();
	}

	public Optional<Framework> framework(String inspectorate, String slug) {
		if (inspectorate == null || slug == null) {
			return Optional.empty();
		}
		return repository.framework(inspectorate.toLowerCase(java.util.Locale.ROOT), slug.toLowerCase(java.util.Locale.ROOT));
	}

	public Paged<Inspection> search(InspectionFilter filter, PageRequest page) {
		return repository.search(filter, page);
	}

	/** Every inspection the filter selects, without judgements, for downloads. */
	public List<Inspection> all(InspectionFilter filter) {
		return repository.all(filter);
	}

	public List<Inspection> ofArea(Area area) {
		return repository.ofArea(area.code());
	}

	/** Inspections published from {@code from} to {@code to}, both included, oldest first. */
	public List<Inspection> publishedBetween(LocalDate from, LocalDate to) {
		return repository.publishedBetween(from, to);
	}

	/** The summary over the authorities of {@code region} and {@code type} (either may be null for all). */
	public InspectionSummary summary(Framework framework, Region region, AreaType type) {
		Map<String, Area> areas = register.all().stream().collect(Collectors.toMap(Area::code, Function.identity()));
		Predicate<Area> inScope = a -> (region == null || a.region() == region) && (type == null || a.type() == type);
		LocalDate today = LocalDate.now(clock);
		List<CurrentJudgement> current = repository.current(framework.inspectorate(), framework.slug())
			.stream()
			.filter(i -> inScope.test(areas.get(i.areaCode())))
			.map(i -> new CurrentJudgement(areas.get(i.areaCode()), i, ChronoUnit.MONTHS.between(i.publicationDate(), today)))
			.sorted(Comparator.comparing((CurrentJudgement c) -> framework.position(c.inspection().overallGrade()))
				.reversed()
				.thenComparing(c -> c.area().name()))
			.toList();
		Set<String> inspected = current.stream().map(c -> c.area().code()).collect(Collectors.toSet());
		List<Area> notInspected = areas.values()
			.stream()
			.filter(a -> a.current() && framework.inspects(a.type()) && inScope.test(a) && !inspected.contains(a.code()))
			.sorted(Comparator.comparing(Area::name))
			.toList();
		GradeDistribution overall = GradeDistribution.of("all", framework.grades(), grades(current, c -> true));
		List<GradeDistribution> byRegion = Arrays.stream(Region.values())
			.filter(r -> current.stream().anyMatch(c -> c.area().region() == r))
			.map(r -> GradeDistribution.of(r.displayName(), framework.grades(), grades(current, c -> c.area().region() == r)))
			.toList();
		List<GradeDistribution> byType = Arrays.stream(AreaType.values())
			.filter(t -> current.stream().anyMatch(c -> c.area().type() == t))
			.map(t -> GradeDistribution.of(t.name(), framework.grades(), grades(current, c -> c.area().type() == t)))
			.toList();
		return new InspectionSummary(framework, overall, byRegion, byType, current, notInspected);
	}

	public TransitionMatrix transitions(Framework framework) {
		return TransitionMatrix.of(framework, repository.consecutiveGrades(framework.inspectorate(), framework.slug()));
	}

	private static List<String> grades(List<CurrentJudgement> current, Predicate<CurrentJudgement> which) {
		return current.stream().filter(which).map(c -> c.inspection().overallGrade()).collect(Collectors.toList());
	}

}
