package org.stocktake.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.data.Benchmark;
import org.stocktake.data.Benchmarks;
import org.stocktake.data.Measure;
import org.stocktake.data.Measures;
import org.stocktake.data.Polarity;
import org.stocktake.improvement.Coverage;
import org.stocktake.improvement.PeerChallenges;
import org.stocktake.improvement.Product;
import org.stocktake.oversight.AuthorityFacts.Benchmarking;
import org.stocktake.oversight.AuthorityFacts.Finance;
import org.stocktake.oversight.AuthorityFacts.FinanceFlag;
import org.stocktake.oversight.AuthorityFacts.Judged;
import org.stocktake.oversight.internal.WatchlistRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * The watchlist: every current principal council scored on the signals admins weight, each score
 * explained signal by signal. Computed from the data as it is at the time of asking, so an import or a
 * new judgement shows at once.
 */
@Service
public class Watchlist {

	public static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

	private final Register register;
	private final Inspections inspections;
	private final Interventions interventions;
	private final Thresholds thresholds;
	private final Measures measures;
	private final Benchmarks benchmarks;
	private final PeerChallenges peerChallenges;
	private final WatchlistRepository repository;
	private final AuditLog audit;
	private final Clock clock;

	Watchlist(Register register, Inspections inspections, Interventions interventions, Thresholds thresholds, Measures measures,
			Benchmarks benchmarks, PeerChallenges peerChallenges, WatchlistRepository repository, AuditLog audit, Clock clock) {
		this.register = register;
		this.inspections = inspections;
		this.interventions = interventions;
		this.thresholds = thresholds;
		this.measures = measures;
		this.benchmarks = benchmarks;
		this.peerChallenges = peerChallenges;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	public List<SignalWeight> weights() {
		return repository.weights();
	}

	public List<FinanceIndicator> financeIndicators() {
		return repository.financeIndicators();
	}

	/** Every authority, ranked. */
	public List<WatchlistEntry> all() {
		List<SignalWeight> weights = weights();
		return WatchlistScoring.rank(facts(weights).stream().map(f -> WatchlistScoring.score(f, weights)).toList());
	}

	/** The authorities the query keeps, in its order; ranks stay those of the whole list. */
	public List<WatchlistEntry> search(WatchlistQuery query) {
		WatchlistQuery q = query.validated(weights());
		return all().stream().filter(q::keeps).sorted(q.order()).toList();
	}

	public WatchlistEntry of(String gssCode) {
		Area area = register.get(gssCode);
		return all().stream().filter(e -> e.gssCode().equals(area.gssCode())).findFirst()
			.orElseThrow(() -> new NotFoundException(area.name() + " is not on the watchlist: only current principal councils are"));
	}

	/** A new weight and on/off for one signal, as an admin enters them. */
	public record WeightChange(String id, String weight, boolean enabled) {
	}

	/**
	 * Sets the weights: every weight a number from 0 to 100 with at most one decimal place; 400 naming
	 * each bad one and changing nothing. Each changed signal is audited.
	 */
	@Transactional
	public List<SignalWeight> updateWeights(List<WeightChange> changes) {
		Map<String, SignalWeight> current = weights().stream().collect(Collectors.toMap(SignalWeight::id, Function.identity()));
		List<FieldError> errors = new ArrayList<>();
		Map<String, BigDecimal> parsed = new LinkedHashMap<>();
		for (WeightChange c : changes) {
			String field = "weight-" + c.id();
			if (!current.containsKey(c.id())) {
				errors.add(FieldError.field("signal", c.id(), "There is no watchlist signal " + c.id()));
				continue;
			}
			BigDecimal w;
			try {
				w = new BigDecimal(c.weight() == null ? "" : c.weight().trim());
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.field(field, c.weight(), "Enter the weight as a number from 0 to 100, for example 12.5"));
				continue;
			}
			if (w.signum() < 0 || w.compareTo(MAX_WEIGHT) > 0) {
				errors.add(FieldError.field(field, c.weight(), "The weight must be from 0 to 100"));
			}
			else if (w.stripTrailingZeros().scale() > 1) {
				errors.add(FieldError.field(field, c.weight(), "The weight can have at most one decimal place"));
			}
			else {
				parsed.put(c.id(), w.setScale(1, RoundingMode.UNNECESSARY));
			}
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		String actor = AuditLog.currentActor();
		for (WeightChange c : changes) {
			SignalWeight before = current.get(c.id());
			BigDecimal w = parsed.get(c.id());
			if (before.weight().compareTo(w) != 0 || before.enabled() != c.enabled()) {
				repository.updateWeight(c.id(), w, c.enabled(), actor);
				SignalWeight after = new SignalWeight(before.id(), before.position(), w, c.enabled(), before.parameter());
				audit.updated("watchlist-signal", c.id(), "Set the watchlist signal " + c.id() + " to weight " + w.toPlainString()
						+ (c.enabled() ? "" : " (disabled)"), before, after);
			}
		}
		return weights();
	}

	// Gathering the facts

	List<AuthorityFacts> facts(List<SignalWeight> weights) {
		Map<String, SignalWeight> w = weights.stream().collect(Collectors.toMap(SignalWeight::id, Function.identity()));
		LocalDate today = LocalDate.now(clock);
		List<Area> areas = register.all().stream().filter(Area::current).filter(a -> a.type().principalCouncil()).toList();
		Map<String, Area> byGss = areas.stream().collect(Collectors.toMap(Area::gssCode, Function.identity(), (a, b) -> a));

		Map<String, List<Judged>> judged = new HashMap<>();
		Map<String, List<String>> notInspected = new HashMap<>();
		for (Framework f : inspections.frameworks()) {
			if (!f.current()) {
				continue;
			}
			InspectionSummary s = inspections.summary(f, null, null);
			for (InspectionSummary.CurrentJudgement c : s.current()) {
				judged.computeIfAbsent(c.area().code(), k -> new ArrayList<>()).add(new Judged(f, c.inspection()));
			}
			// A framework with nothing recorded yet says nothing about who is still to be inspected.
			if (!s.current().isEmpty()) {
				for (Area a : s.notInspected()) {
					notInspected.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(f.inspectorate() + "/" + f.slug());
				}
			}
		}
		Map<String, List<Intervention>> active = interventions.all().stream().filter(i -> i.activeOn(today))
			.collect(Collectors.groupingBy(Intervention::areaCode));
		Map<String, List<ThresholdResult>> flagged = new HashMap<>();
		for (ThresholdRule rule : thresholds.rules()) {
			for (ThresholdResult r : thresholds.evaluate(rule)) {
				if (r.status() != ThresholdResult.Status.CLEAR) {
					flagged.computeIfAbsent(r.areaGssCode(), k -> new ArrayList<>()).add(r);
				}
			}
		}
		List<Measure> polar = measures.all(true).stream().filter(m -> m.polarity() != Polarity.NEUTRAL).toList();
		boolean wantBenchmarks = enabled(w, SignalWeight.BOTTOM_QUARTILE);
		String group = param(w, SignalWeight.BOTTOM_QUARTILE, "type");
		Map<String, Benchmarking> bottom = wantBenchmarks ? bottomQuartile(polar, areas, byGss, group) : Map.of();
		int periods = Math.max(2, Math.min(12, w.containsKey(SignalWeight.WORSENING) ? w.get(SignalWeight.WORSENING).intParameter(3) : 3));
		Map<String, Benchmarking> worse = enabled(w, SignalWeight.WORSENING) ? worsening(polar, byGss, periods) : Map.of();
		Map<String, Finance> finance = enabled(w, SignalWeight.FINANCIAL_HEALTH) ? finance(byGss) : Map.of();
		int years = Math.max(1, Math.min(50, w.containsKey(SignalWeight.PEER_CHALLENGE) ? w.get(SignalWeight.PEER_CHALLENGE).intParameter(4) : 4));
		Coverage coverage = enabled(w, SignalWeight.PEER_CHALLENGE) ? peerChallenges.coverage(years, Product.CORPORATE_PEER_CHALLENGE) : null;
		Set<String> notCovered = coverage == null ? Set.of()
				: coverage.notCovered().stream().map(Coverage.Entry::gssCode).collect(Collectors.toSet());

		String periodsText = "the latest " + periods + " periods of each";
		List<AuthorityFacts> facts = new ArrayList<>(areas.size());
		for (Area a : areas) {
			facts.add(new AuthorityFacts(a, today, judged.getOrDefault(a.code(), List.of()), active.getOrDefault(a.code(), List.of()),
					flagged.getOrDefault(a.gssCode(), List.of()), bottom.getOrDefault(a.gssCode(), Benchmarking.none(group)),
					worse.getOrDefault(a.gssCode(), Benchmarking.none(periodsText)), finance.getOrDefault(a.gssCode(), new Finance(0, List.of())),
					coverage == null ? null : new AuthorityFacts.PeerChallenge(notCovered.contains(a.gssCode()), years, coverage.since()),
					notInspected.getOrDefault(a.code(), List.of())));
		}
		return facts;
	}

	private static boolean enabled(Map<String, SignalWeight> w, String id) {
		return w.containsKey(id) && w.get(id).enabled();
	}

	private static String param(Map<String, SignalWeight> w, String id, String fallback) {
		String p = w.containsKey(id) ? w.get(id).parameter() : null;
		return p == null || !List.of("type", "tier", "region").contains(p) ? fallback : p;
	}

	/**
	 * Each authority's measures in their latest period, and which fall in the bottom quartile of its
	 * comparator group as the data module ranks it. Each group is compared once, from one of its members.
	 */
	private Map<String, Benchmarking> bottomQuartile(List<Measure> polar, List<Area> areas, Map<String, Area> byGss, String group) {
		Function<Area, String> key = group.equals("region") ? a -> a.region().name() : a -> a.type().name();
		Map<String, Integer> considered = new HashMap<>();
		Map<String, List<String>> flagged = new HashMap<>();
		Map<String, String> groupNames = new HashMap<>();
		for (Measure m : polar) {
			List<String> periods = benchmarks.periods(m);
			if (periods.isEmpty()) {
				continue;
			}
			String latest = periods.get(0);
			Map<String, Area> references = new LinkedHashMap<>();
			areas.stream().filter(a -> m.appliesTo(a.type())).forEach(a -> references.putIfAbsent(key.apply(a), a));
			for (Map.Entry<String, Area> ref : references.entrySet()) {
				Benchmark b = benchmarks.compare(m, latest, ref.getValue().gssCode(), group);
				for (Benchmark.Member member : b.members()) {
					Area a = byGss.get(member.gssCode());
					if (a == null || !key.apply(a).equals(ref.getKey())) {
						continue;
					}
					groupNames.put(a.gssCode(), b.groupName());
					considered.merge(a.gssCode(), 1, Integer::sum);
					if (member.quartile() == 4) {
						flagged.computeIfAbsent(a.gssCode(), k -> new ArrayList<>())
							.add(m.title() + " (" + latest + ", " + m.orderWord() + " " + member.rank() + " of " + b.count() + ")");
					}
				}
			}
		}
		Map<String, Benchmarking> result = new HashMap<>();
		considered.forEach((gss, n) -> result.put(gss, new Benchmarking(n, flagged.getOrDefault(gss, List.of()), groupNames.get(gss))));
		return result;
	}

	/**
	 * Measures that got worse at every step over their latest {@code periods} periods, by their
	 * polarity: falling where higher is better, rising where lower is better.
	 */
	private Map<String, Benchmarking> worsening(List<Measure> polar, Map<String, Area> byGss, int periods) {
		Map<String, Integer> considered = new HashMap<>();
		Map<String, List<String>> flagged = new HashMap<>();
		for (Measure m : polar) {
			List<String> all = benchmarks.periods(m);
			if (all.size() < periods) {
				continue;
			}
			List<String> window = new ArrayList<>(all.subList(0, periods));
			Collections.reverse(window);
			Map<String, BigDecimal[]> values = new HashMap<>();
			for (int k = 0; k < window.size(); k++) {
				for (Benchmark.Member member : benchmarks.compare(m, window.get(k), null, "england-and-wales").members()) {
					if (byGss.containsKey(member.gssCode())) {
						values.computeIfAbsent(member.gssCode(), g -> new BigDecimal[periods])[k] = member.value();
					}
				}
			}
			values.forEach((gss, v) -> {
				if (java.util.Arrays.stream(v).anyMatch(java.util.Objects::isNull)) {
					return;
				}
				considered.merge(gss, 1, Integer::sum);
				if (worseAtEveryStep(m.polarity(), v)) {
					List<String> figures = new ArrayList<>();
					for (int k = 0; k < v.length; k++) {
						figures.add(window.get(k) + ": " + v[k].stripTrailingZeros().toPlainString());
					}
					flagged.computeIfAbsent(gss, g -> new ArrayList<>()).add(m.title() + " (" + String.join(", ", figures) + ")");
				}
			});
		}
		Map<String, Benchmarking> result = new HashMap<>();
		String context = "the latest " + periods + " periods of each";
		considered.forEach((gss, n) -> result.put(gss, new Benchmarking(n, flagged.getOrDefault(gss, List.of()), context)));
		return result;
	}

	static boolean worseAtEveryStep(Polarity polarity, BigDecimal[] oldestFirst) {
		for (int k = 1; k < oldestFirst.length; k++) {
			int c = oldestFirst[k].compareTo(oldestFirst[k - 1]);
			boolean worse = polarity == Polarity.HIGHER_IS_BETTER ? c < 0 : c > 0;
			if (!worse) {
				return false;
			}
		}
		return true;
	}

	/** Each indicator's ratio in the latest period all its measures share, ranked within each type of authority. */
	private Map<String, Finance> finance(Map<String, Area> byGss) {
		Map<String, Integer> withData = new HashMap<>();
		Map<String, List<FinanceFlag>> flags = new HashMap<>();
		for (FinanceIndicator indicator : financeIndicators()) {
			List<String> ids = new ArrayList<>(indicator.numeratorMeasures());
			ids.add(indicator.denominatorMeasure());
			List<Measure> ms = ids.stream().map(id -> measures.find(id, true)).flatMap(Optional::stream).toList();
			if (ms.size() != ids.size()) {
				continue;
			}
			List<String> common = new ArrayList<>(benchmarks.periods(ms.get(ms.size() - 1)));
			for (Measure m : ms) {
				common.retainAll(benchmarks.periods(m));
			}
			if (common.isEmpty()) {
				continue;
			}
			String period = common.get(0);
			List<Map<String, BigDecimal>> values = new ArrayList<>();
			for (Measure m : ms) {
				values.add(benchmarks.compare(m, period, null, "england-and-wales").members().stream()
					.collect(Collectors.toMap(Benchmark.Member::gssCode, Benchmark.Member::value, (x, y) -> x)));
			}
			Map<String, BigDecimal> ratios = new HashMap<>();
			Map<String, BigDecimal> denominators = values.get(values.size() - 1);
			for (Map.Entry<String, BigDecimal> d : denominators.entrySet()) {
				if (!byGss.containsKey(d.getKey()) || d.getValue().signum() <= 0) {
					continue;
				}
				BigDecimal sum = BigDecimal.ZERO;
				boolean complete = true;
				for (int i = 0; i < values.size() - 1; i++) {
					BigDecimal v = values.get(i).get(d.getKey());
					if (v == null) {
						complete = false;
						break;
					}
					sum = sum.add(v);
				}
				if (complete) {
					ratios.put(d.getKey(), sum.multiply(BigDecimal.valueOf(100)).divide(d.getValue(), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP));
				}
			}
			boolean high = indicator.flagWhen().equals("HIGH");
			Map<String, List<String>> byType = ratios.keySet().stream().collect(Collectors.groupingBy(g -> byGss.get(g).type().name()));
			for (List<String> members : byType.values()) {
				int n = members.size();
				for (String gss : members) {
					BigDecimal r = ratios.get(gss);
					// Competition ranking from the riskiest end: 1 + how many are further that way.
					int rank = 1 + (int) members.stream().filter(o -> high ? ratios.get(o).compareTo(r) > 0 : ratios.get(o).compareTo(r) < 0).count();
					withData.merge(gss, 1, Integer::sum);
					if ((4 * rank + n - 1) / n == 1) {
						flags.computeIfAbsent(gss, g -> new ArrayList<>())
							.add(new FinanceFlag(indicator.name(), period, r, rank, n, indicator.flagWhen()));
					}
				}
			}
		}
		Map<String, Finance> result = new HashMap<>();
		withData.forEach((gss, n) -> result.put(gss, new Finance(n, flags.getOrDefault(gss, List.of()))));
		return result;
	}
}
