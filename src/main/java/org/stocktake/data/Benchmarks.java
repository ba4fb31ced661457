package org.stocktake.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.stocktake.data.internal.ComparatorGroups;
import org.stocktake.data.internal.Statistics;
import org.stocktake.data.internal.ValueRepository;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/** Comparisons of one measure and period within a comparator group, and an area's profile across measures. */
@Service
public class Benchmarks {

	private final Measures measures;
	private final ValueRepository values;
	private final ComparatorGroups groups;
	private final Register register;

	Benchmarks(Measures measures, ValueRepository values, ComparatorGroups groups, Register register) {
		this.measures = measures;
		this.values = values;
		this.groups = groups;
		this.register = register;
	}

	/**
	 * Compares {@code period} of {@code measure} within {@code groupId} (default England, or Wales for a
	 * Welsh area); {@code areaGss} may be null when the group does not depend on an area.
	 */
	public Benchmark compare(Measure measure, String periodText, String areaGss, String groupId) {
		Period period = period(measure, periodText);
		Area area = areaGss == null || areaGss.isBlank() ? null : register.get(areaGss);
		List<Area> all = register.all();
		ComparatorGroups.Group group = groups.resolve(groupId, area, measure, all);
		Map<String, DataValue> byArea = values.forPeriod(measure.id(), period.toString())
			.stream()
			.collect(Collectors.toMap(DataValue::areaGssCode, Function.identity()));
		List<Area> withValue = new ArrayList<>();
		List<Benchmark.Absent> absent = new ArrayList<>();
		for (Area member : group.members()) {
			DataValue v = byArea.get(member.gssCode());
			if (v != null && v.value() != null) {
				withValue.add(member);
			}
			else if (v != null || member.current()) {
				absent.add(new Benchmark.Absent(member.gssCode(), member.name(), v == null ? null : v.status(), v == null ? null : v.marker()));
			}
		}
		var ranked = Statistics.rank(withValue, a -> byArea.get(a.gssCode()).value(), measure.polarity());
		int n = ranked.size();
		List<Benchmark.Member> members = ranked.stream()
			.map(r -> new Benchmark.Member(r.item().gssCode(), r.item().name(), r.value(), byArea.get(r.item().gssCode()).status(), r.rank(),
					Statistics.quartile(r.rank(), n), Statistics.percentile(r.rank(), n)))
			.toList();
		List<BigDecimal> numbers = ranked.stream().map(Statistics.Ranked::value).toList();
		Double mean = n == 0 ? null : Statistics.mean(numbers);
		Double sd = n == 0 ? null : Statistics.standardDeviation(numbers);
		DataValue own = area == null ? null : byArea.get(area.gssCode());
		Benchmark.Member ownRank = area == null ? null
				: members.stream().filter(m -> m.gssCode().equals(area.gssCode())).findFirst().orElse(null);
		Double sdFromMean = ownRank == null || sd == null || sd == 0 ? null : (ownRank.value().doubleValue() - mean) / sd;
		Weighted weighted = weightedMean(measure, period, ranked.stream().map(Statistics.Ranked::item).toList(), byArea);
		Mean england = meanOf(measure, all, byArea, a -> a.region().england());
		Mean region = area == null ? null : meanOf(measure, all, byArea, a -> a.region() == area.region());
		long notApplicable = all.stream().filter(a -> !measure.appliesTo(a.type()) && byArea.containsKey(a.gssCode())).count();
		return new Benchmark(measure.id(), measure.title(), measure.unit(), measure.polarity(), measure.decimalPlaces(), measure.orderWord(),
				period.toString(), group.id(), group.name(), area == null ? null : area.gssCode(), area == null ? null : area.name(),
				own == null ? null : own.value(), own == null ? null : own.status(), own == null ? null : own.marker(),
				ownRank == null ? null : ownRank.rank(), ownRank == null ? null : ownRank.quartile(), ownRank == null ? null : ownRank.percentile(),
				sdFromMean, n, n == 0 ? null : Statistics.median(numbers), mean, n == 0 ? null : numbers.stream().min(BigDecimal::compareTo).get(),
				n == 0 ? null : numbers.stream().max(BigDecimal::compareTo).get(), sd, weighted == null ? null : weighted.mean(),
				weighted == null ? null : measure.weightMeasure(), weighted == null ? null : weighted.period(), england.mean(), england.count(),
				region == null ? null : region.mean(), region == null ? null : region.count(), area == null ? null : area.region().code(),
				area == null ? null : area.region().displayName(), area == null ? null : change(measure, period, period.previous(), area),
				area == null ? null : change(measure, period, period.sameLastYear(), area), members, absent,
				(int) notApplicable);
	}

	/**
	 * The area's latest value of every measure it has data for (of {@code theme}, when given), each
	 * compared within {@code groupId}; restricted measures only for signed-in users.
	 */
	public AreaProfile profile(String areaGss, String theme, String groupId, boolean signedIn) {
		Area area = register.get(areaGss);
		String group = groupId == null || groupId.isBlank() ? null : groupId;
		Map<String, Measure> visible = measures.all(signedIn).stream().collect(Collectors.toMap(Measure::id, Function.identity()));
		List<AreaProfile.Item> items = new ArrayList<>();
		String groupName = null;
		String resolvedGroup = null;
		for (DataValue latest : values.latestForArea(area.gssCode())) {
			Measure m = visible.get(latest.measureId());
			if (m == null || !m.appliesTo(area.type()) || theme != null && !theme.isBlank() && !m.themes().contains(theme)) {
				continue;
			}
			Benchmark b = compare(m, latest.period(), area.gssCode(), group);
			groupName = b.groupName();
			resolvedGroup = b.group();
			items.add(new AreaProfile.Item(m.id(), m.title(), m.unit(), m.polarity(), m.decimalPlaces(), m.themes(), latest.period(), latest.value(),
					latest.status(), latest.marker(), b.rank(), b.quartile(), b.percentile(), b.count(), m.orderWord(), b.mean(), b.median(),
					Direction.of(values.series(m.id(), area.gssCode()), m, b.standardDeviation())));
		}
		items.sort(java.util.Comparator.comparing(AreaProfile.Item::title));
		if (resolvedGroup == null) {
			resolvedGroup = group == null ? ComparatorGroups.defaultGroup(area) : group;
		}
		return new AreaProfile(area.gssCode(), area.name(), theme, resolvedGroup, groupName, items);
	}

	/** The periods the measure has values for, newest first. */
	public List<String> periods(Measure measure) {
		return values.periods(measure.id());
	}

	public Period period(Measure measure, String text) {
		if (text == null || text.isBlank()) {
			List<String> periods = values.periods(measure.id());
			if (periods.isEmpty()) {
				throw new BadRequestException("period", text, "The measure " + measure.id() + " has no values yet");
			}
			return Period.of(periods.get(0), measure.periodicity());
		}
		return Period.parse(text, measure.periodicity())
			.orElseThrow(() -> new BadRequestException("period", text,
					"\"" + text + "\" is not a period of " + measure.id() + "; write it like " + measure.periodicity().example()));
	}

	private record Mean(Double mean, Integer count) {
	}

	private static Mean meanOf(Measure measure, List<Area> all, Map<String, DataValue> byArea, java.util.function.Predicate<Area> in) {
		List<BigDecimal> numbers = all.stream()
			.filter(in)
			.filter(a -> measure.appliesTo(a.type()))
			.map(a -> byArea.get(a.gssCode()))
			.filter(v -> v != null && v.value() != null)
			.map(DataValue::value)
			.toList();
		return numbers.isEmpty() ? new Mean(null, 0) : new Mean(Statistics.mean(numbers), numbers.size());
	}

	private record Weighted(double mean, String period) {
	}

	/** The mean weighted by the measure's weight measure in the same year, over members that have both. */
	private Weighted weightedMean(Measure measure, Period period, List<Area> members, Map<String, DataValue> byArea) {
		if (measure.weightMeasure() == null || members.isEmpty()) {
			return null;
		}
		Measure weight = measures.find(measure.weightMeasure(), true).orElse(null);
		if (weight == null) {
			return null;
		}
		Period weightPeriod = Period.parse(Integer.toString(period.weightYear()), weight.periodicity()).orElse(null);
		if (weightPeriod == null) {
			return null;
		}
		Map<String, BigDecimal> weights = new HashMap<>();
		values.forPeriod(weight.id(), weightPeriod.toString()).stream().filter(v -> v.value() != null).forEach(v -> weights.put(v.areaGssCode(), v.value()));
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal weighted = BigDecimal.ZERO;
		for (Area a : members) {
			BigDecimal w = weights.get(a.gssCode());
			if (w == null) {
				return null;
			}
			total = total.add(w);
			weighted = weighted.add(w.multiply(byArea.get(a.gssCode()).value()));
		}
		return total.signum() == 0 ? null : new Weighted(weighted.divide(total, MathContext.DECIMAL64).doubleValue(), weightPeriod.toString());
	}

	private Benchmark.Change change(Measure measure, Period period, Period previous, Area area) {
		List<DataValue> series = values.series(measure.id(), area.gssCode());
		var now = series.stream().filter(v -> v.period().equals(period.toString())).findFirst();
		var before = series.stream().filter(v -> v.period().equals(previous.toString())).findFirst();
		if (now.isEmpty() || before.isEmpty() || now.get().value() == null || before.get().value() == null) {
			return null;
		}
		BigDecimal difference = now.get().value().subtract(before.get().value());
		Double percent = before.get().value().signum() == 0 ? null
				: difference.divide(before.get().value().abs(), MathContext.DECIMAL64).doubleValue() * 100;
		return new Benchmark.Change(previous.toString(), before.get().value(), difference, percent);
	}
}
