package org.stocktake.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.stocktake.data.Polarity;
import org.stocktake.oversight.AuthorityFacts.Benchmarking;
import org.stocktake.oversight.AuthorityFacts.Finance;
import org.stocktake.oversight.AuthorityFacts.FinanceFlag;
import org.stocktake.oversight.AuthorityFacts.Judged;
import org.stocktake.oversight.AuthorityFacts.PeerChallenge;
import org.stocktake.oversight.Intervention.Milestone;
import org.stocktake.register.Area;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watchlist's arithmetic on fixtures whose scores were worked out by hand (in the comments). The
 * authorities here are FICTIONAL fixtures ("Aville" and so on), not real councils.
 */
@DisplayName("Watchlist scoring")
class WatchlistScoringTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Framework ILACS = new Framework("ofsted", "ilacs", "Ofsted ILACS",
			List.of("outstanding", "good", "requires improvement", "inadequate"), Set.of(AreaType.UNITARY), LocalDate.of(2018, 1, 1), null);

	private static final List<SignalWeight> WEIGHTS = List.of(weight("inspection-grade", 30), weight("intervention", 25),
			weight("overdue-milestones", 10), weight("threshold", 15), weight("bottom-quartile", 10), weight("worsening", 10),
			weight("financial-health", 10), weight("peer-challenge", 5));

	private static SignalWeight weight(String id, int w) {
		return new SignalWeight(id, 0, BigDecimal.valueOf(w).setScale(1), true, null);
	}

	private static Area area(String gss, String name) {
		return new Area(gss.toLowerCase(), gss, name, name, AreaType.UNITARY, Region.NORTH_WEST, null, null, null, null, true, null, List.of(),
				List.of(), List.of());
	}

	private static Judged judged(Area a, String grade) {
		return new Judged(ILACS, new Inspection(1, a.code(), a.gssCode(), a.name(), "ofsted", "ilacs", null, null, null, LocalDate.of(2025, 3, 1),
				grade, List.of(), null));
	}

	private static final ThresholdRule RULE = new ThresholdRule("r", "Planning speed", "m", "<=", new BigDecimal("40"), 8, new BigDecimal("5"),
			"c", "s");

	/**
	 * Aville, worked by hand: requires improvement 30 × 1/2 = 15.00; near a threshold 15 × 1/2 = 7.50;
	 * 2 of 7 measures in the bottom quartile 10 × 2/7 = 2.857… → 2.86; 1 of 3 worsening 10 × 1/3 =
	 * 3.333… → 3.33; 1 of 2 finance indicators 10 × 1/2 = 5.00; no peer challenge 5 × 1 = 5.00.
	 * Score 15 + 7.5 + 2.86 + 3.33 + 5 + 5 = 38.69.
	 */
	private static AuthorityFacts aville() {
		Area a = area("X00000001", "Aville");
		return new AuthorityFacts(a, TODAY, List.of(judged(a, "requires improvement")), List.of(),
				List.of(new ThresholdResult(RULE, a.gssCode(), a.name(), ThresholdResult.Status.NEAR, new BigDecimal("43"), List.of())),
				new Benchmarking(7, List.of("m1", "m2"), "same type"), new Benchmarking(3, List.of("m3"), "3 periods"),
				new Finance(2, List.of(new FinanceFlag("Social care share", "2017/18", new BigDecimal("61.2"), 2, 20, "HIGH"))),
				new PeerChallenge(true, 4, TODAY.minusYears(4)), List.of());
	}

	/**
	 * Beeton, worked by hand: inadequate 30 × 1 = 30; in intervention 25 × 1 = 25; an overdue milestone
	 * 10 × 1 = 10; nothing else (no measures, a recent peer challenge). Score 65.00.
	 */
	private static AuthorityFacts beeton() {
		Area a = area("X00000002", "Beeton");
		Intervention i = new Intervention(1, a.code(), a.gssCode(), a.name(), InterventionType.COMMISSIONER, "children's services",
				LocalDate.of(2025, 4, 1), null, null, null,
				List.of(new Milestone("plan", "Improvement plan", LocalDate.of(2025, 6, 1), null, Milestone.Status.OVERDUE)));
		return new AuthorityFacts(a, TODAY, List.of(judged(a, "inadequate")), List.of(i), List.of(), Benchmarking.none("same type"),
				Benchmarking.none("3 periods"), new Finance(0, List.of()), new PeerChallenge(false, 4, TODAY.minusYears(4)), List.of());
	}

	/** Nothing raised: 0. */
	private static AuthorityFacts quiet(String gss, String name) {
		Area a = area(gss, name);
		return new AuthorityFacts(a, TODAY, List.of(judged(a, "good")), List.of(), List.of(), new Benchmarking(4, List.of(), "same type"),
				new Benchmarking(4, List.of(), "3 periods"), new Finance(2, List.of()), new PeerChallenge(false, 4, TODAY.minusYears(4)), List.of());
	}

	@Test
	@DisplayName("adds weight × strength over the signals, each rounded to 2 decimals, as worked by hand")
	void byHand() {
		WatchlistEntry a = WatchlistScoring.score(aville(), WEIGHTS);
		assertThat(points(a)).containsExactly("inspection-grade=15.00", "intervention=0.00", "overdue-milestones=0.00", "threshold=7.50",
				"bottom-quartile=2.86", "worsening=3.33", "financial-health=5.00", "peer-challenge=5.00");
		assertThat(a.score()).isEqualByComparingTo("38.69");
		assertThat(WatchlistScoring.score(beeton(), WEIGHTS).score()).isEqualByComparingTo("65.00");
		assertThat(WatchlistScoring.score(quiet("X00000003", "Ceeford"), WEIGHTS).score()).isEqualByComparingTo("0");
	}

	@Test
	@DisplayName("explains every signal in a sentence with its figures")
	void explains() {
		WatchlistEntry a = WatchlistScoring.score(aville(), WEIGHTS);
		assertThat(a.signals()).allSatisfy(s -> assertThat(s.explanation()).isNotBlank());
		assertThat(explanation(a, "inspection-grade")).contains("requires improvement", "2025-03-01");
		assertThat(explanation(a, "bottom-quartile")).startsWith("2 of 7 measures").contains("m1; m2");
		assertThat(explanation(a, "threshold")).contains("Planning speed", "mean 43");
		assertThat(explanation(a, "financial-health")).contains("Social care share 61.2% in 2017/18, 2 highest of 20");
		WatchlistEntry b = WatchlistScoring.score(beeton(), WEIGHTS);
		assertThat(explanation(b, "overdue-milestones")).contains("Improvement plan due 2025-06-01");
		assertThat(b.services()).containsExactly("children's services");
	}

	@Test
	@DisplayName("leaves a disabled signal out of the score and the explanation")
	void disabled() {
		List<SignalWeight> weights = new ArrayList<>(WEIGHTS);
		weights.set(5, new SignalWeight("worsening", 0, new BigDecimal("10.0"), false, null));
		WatchlistEntry a = WatchlistScoring.score(aville(), weights);
		// 38.69 − 3.33 = 35.36
		assertThat(a.score()).isEqualByComparingTo("35.36");
		assertThat(a.signals()).extracting(SignalScore::signal).doesNotContain("worsening");
	}

	@Test
	@DisplayName("ranks by score, equal scores sharing a rank and ordered by name")
	void ranks() {
		List<WatchlistEntry> ranked = WatchlistScoring.rank(List.of(WatchlistScoring.score(quiet("X00000004", "Dee"), WEIGHTS),
				WatchlistScoring.score(aville(), WEIGHTS), WatchlistScoring.score(quiet("X00000003", "Ceeford"), WEIGHTS),
				WatchlistScoring.score(beeton(), WEIGHTS)));
		assertThat(ranked).extracting(e -> e.rank() + " " + e.name()).containsExactly("1 Beeton", "2 Aville", "3 Ceeford", "3 Dee");
	}

	@Test
	@DisplayName("reads worsening by polarity: falling where higher is better, rising where lower is better, at every step")
	void polarity() {
		BigDecimal[] falling = { new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("10") };
		BigDecimal[] rising = { new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3") };
		BigDecimal[] flatThenFalling = { new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("10") };
		assertThat(Watchlist.worseAtEveryStep(Polarity.HIGHER_IS_BETTER, falling)).isTrue();
		assertThat(Watchlist.worseAtEveryStep(Polarity.LOWER_IS_BETTER, falling)).isFalse();
		assertThat(Watchlist.worseAtEveryStep(Polarity.LOWER_IS_BETTER, rising)).isTrue();
		assertThat(Watchlist.worseAtEveryStep(Polarity.HIGHER_IS_BETTER, rising)).isFalse();
		assertThat(Watchlist.worseAtEveryStep(Polarity.HIGHER_IS_BETTER, flatThenFalling)).isFalse();
	}

	private static List<String> points(WatchlistEntry e) {
		return e.signals().stream().map(s -> s.signal() + "=" + s.points().toPlainString()).toList();
	}

	private static String explanation(WatchlistEntry e, String signal) {
		return e.signals().stream().filter(s -> s.signal().equals(signal)).findFirst().orElseThrow().explanation();
	}
}
