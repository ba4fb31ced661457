package org.stocktake.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.stocktake.oversight.AuthorityFacts.FinanceFlag;
import org.stocktake.oversight.AuthorityFacts.Judged;
import org.stocktake.oversight.Intervention.Milestone;

/**
 * Turns an authority's facts into signal scores and ranks the authorities. Each signal has a
 * strength between 0 and 1 held as an exact fraction; its points are weight × strength rounded half
 * up to 2 decimals, and the score is the sum of the points.
 */
final class WatchlistScoring {

	private WatchlistScoring() {
	}

	/** The service each inspectorate's frameworks concern. */
	static String serviceOf(String inspectorate) {
		return switch (inspectorate) {
			case "ofsted" -> "children's services";
			case "cqc" -> "adult social care";
			case "hmicfrs" -> "fire and rescue";
			default -> inspectorate;
		};
	}

	private record Strength(int numerator, int denominator, String explanation, String service) {
	}

	static WatchlistEntry score(AuthorityFacts facts, List<SignalWeight> weights) {
		List<SignalScore> signals = new ArrayList<>();
		Set<String> services = new LinkedHashSet<>();
		BigDecimal score = BigDecimal.ZERO.setScale(2);
		for (SignalWeight w : weights) {
			if (!w.enabled()) {
				continue;
			}
			Strength s = strength(w.id(), facts);
			BigDecimal points = w.weight()
				.multiply(BigDecimal.valueOf(s.numerator()))
				.divide(BigDecimal.valueOf(s.denominator()), 2, RoundingMode.HALF_UP);
			BigDecimal strength = BigDecimal.valueOf(s.numerator()).divide(BigDecimal.valueOf(s.denominator()), 4, RoundingMode.HALF_UP);
			signals.add(new SignalScore(w.id(), w.weight(), strength, points, s.explanation(), s.service()));
			if (s.numerator() > 0 && s.service() != null) {
				services.add(s.service());
			}
			score = score.add(points);
		}
		return new WatchlistEntry(facts.area().gssCode(), facts.area().name(), facts.area().type(), facts.area().region(), score, 0, signals,
				List.copyOf(services), facts.notInspectedUnder());
	}

	/** Highest score first, then by name; equal scores share a rank (1, 2, 2, 4). */
	static List<WatchlistEntry> rank(List<WatchlistEntry> entries) {
		List<WatchlistEntry> sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparing(WatchlistEntry::score).reversed().thenComparing(WatchlistEntry::name));
		List<WatchlistEntry> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			WatchlistEntry e = sorted.get(i);
			int rank = i > 0 && e.score().compareTo(sorted.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(e.ranked(rank));
		}
		return ranked;
	}

	private static Strength strength(String signal, AuthorityFacts f) {
		return switch (signal) {
			case SignalWeight.INSPECTION_GRADE -> grade(f);
			case SignalWeight.INTERVENTION -> intervention(f);
			case SignalWeight.OVERDUE_MILESTONES -> overdue(f);
			case SignalWeight.THRESHOLD -> threshold(f);
			case SignalWeight.BOTTOM_QUARTILE -> bottomQuartile(f);
			case SignalWeight.WORSENING -> worsening(f);
			case SignalWeight.FINANCIAL_HEALTH -> finance(f);
			case SignalWeight.PEER_CHALLENGE -> peerChallenge(f);
			default -> new Strength(0, 1, "This signal is not known to this version of Stocktake.", null);
		};
	}

	/** Inadequate (the bottom of the scale) counts fully, requires improvement (one above it) half. */
	private static Strength grade(AuthorityFacts f) {
		Judged worst = null;
		int worstFromBottom = Integer.MAX_VALUE;
		for (Judged j : f.judgements()) {
			int position = j.framework().position(j.inspection().overallGrade());
			if (position >= j.framework().grades().size()) {
				continue;
			}
			int fromBottom = j.framework().grades().size() - 1 - position;
			if (fromBottom < worstFromBottom) {
				worstFromBottom = fromBottom;
				worst = j;
			}
		}
		if (worst == null) {
			return new Strength(0, 1, "No graded judgement under a framework in force.", null);
		}
		String said = worst.framework().name() + " judged it " + worst.inspection().overallGrade() + " (published "
				+ worst.inspection().publicationDate() + ").";
		String service = serviceOf(worst.framework().inspectorate());
		if (worstFromBottom == 0) {
			return new Strength(1, 1, said, service);
		}
		if (worstFromBottom == 1) {
			return new Strength(1, 2, said + " Requires improvement counts half.", service);
		}
		return new Strength(0, 1, said + " No judgement below that.", null);
	}

	private static Strength intervention(AuthorityFacts f) {
		if (f.activeInterventions().isEmpty()) {
			return new Strength(0, 1, "Not in intervention.", null);
		}
		List<String> parts = new ArrayList<>();
		for (Intervention i : f.activeInterventions()) {
			parts.add(i.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " in " + i.service() + " since " + i.startDate() + " ("
					+ i.monthsInIntervention(f.today()) + " months)");
		}
		return new Strength(1, 1, "In intervention: " + String.join("; ", parts) + ".", f.activeInterventions().get(0).service());
	}

	private static Strength overdue(AuthorityFacts f) {
		List<String> parts = new ArrayList<>();
		String service = null;
		for (Intervention i : f.activeInterventions()) {
			for (Milestone m : i.overdue()) {
				parts.add(m.name() + " due " + m.dueDate() + " (" + i.service() + ")");
				service = i.service();
			}
		}
		if (parts.isEmpty()) {
			return new Strength(0, 1, "No overdue milestone.", null);
		}
		return new Strength(1, 1, parts.size() + " overdue milestone" + (parts.size() == 1 ? "" : "s") + ": " + String.join("; ", parts) + ".",
				service);
	}

	/** A breach counts fully, a near miss half. */
	private static Strength threshold(AuthorityFacts f) {
		List<String> breached = new ArrayList<>();
		List<String> near = new ArrayList<>();
		for (ThresholdResult r : f.thresholds()) {
			String text = r.rule().name() + " (mean " + r.mean().stripTrailingZeros().toPlainString() + " over " + r.figures().size()
					+ " periods, threshold " + r.rule().comparison() + " " + r.rule().threshold().stripTrailingZeros().toPlainString() + ")";
			if (r.status() == ThresholdResult.Status.BREACHED) {
				breached.add(text);
			}
			else if (r.status() == ThresholdResult.Status.NEAR) {
				near.add(text);
			}
		}
		if (!breached.isEmpty()) {
			String extra = near.isEmpty() ? "" : " Near: " + String.join("; ", near) + ".";
			return new Strength(1, 1, "Breaches: " + String.join("; ", breached) + "." + extra, null);
		}
		if (!near.isEmpty()) {
			return new Strength(1, 2, "Near a threshold (counts half): " + String.join("; ", near) + ".", null);
		}
		return new Strength(0, 1, "No statutory threshold breached or near.", null);
	}

	private static Strength bottomQuartile(AuthorityFacts f) {
		AuthorityFacts.Benchmarking b = f.bottomQuartile();
		if (b.considered() == 0) {
			return new Strength(0, 1, "No measure with a better direction has a value for it in its latest period.", null);
		}
		String list = b.flagged().isEmpty() ? "" : ": " + String.join("; ", b.flagged());
		return new Strength(b.flagged().size(), b.considered(), b.flagged().size() + " of " + b.considered()
				+ " measures with a better direction are in the bottom quartile of " + b.context() + list + ".", null);
	}

	private static Strength worsening(AuthorityFacts f) {
		AuthorityFacts.Benchmarking b = f.worsening();
		if (b.considered() == 0) {
			return new Strength(0, 1, "No measure with a better direction has a value for it in each of " + b.context() + ".", null);
		}
		String list = b.flagged().isEmpty() ? "" : ": " + String.join("; ", b.flagged());
		return new Strength(b.flagged().size(), b.considered(), b.flagged().size() + " of " + b.considered()
				+ " measures with a better direction got worse at every step over " + b.context() + list + ".", null);
	}

	private static Strength finance(AuthorityFacts f) {
		AuthorityFacts.Finance fin = f.finance();
		if (fin.withData() == 0) {
			return new Strength(0, 1, "No financial-health indicator can be computed for it from the data held.", null);
		}
		List<String> parts = new ArrayList<>();
		for (FinanceFlag flag : fin.flagged()) {
			parts.add(flag.indicator() + " " + flag.percentage().toPlainString() + "% in " + flag.period() + ", " + flag.rank()
					+ (flag.direction().equals("HIGH") ? " highest" : " lowest") + " of " + flag.of() + " of its type");
		}
		String list = parts.isEmpty() ? "" : ": " + String.join("; ", parts);
		return new Strength(fin.flagged().size(), fin.withData(), fin.flagged().size() + " of " + fin.withData()
				+ " financial-health indicators are in the riskiest quarter of its type" + list + ".", null);
	}

	private static Strength peerChallenge(AuthorityFacts f) {
		AuthorityFacts.PeerChallenge p = f.peerChallenge();
		if (p == null) {
			return new Strength(0, 1, "Not a principal council: corporate peer challenge does not apply.", null);
		}
		if (p.due()) {
			return new Strength(1, 1, "No corporate peer challenge on site in the last " + p.years() + " years (since " + p.since() + ").", null);
		}
		return new Strength(0, 1, "A corporate peer challenge on site within the last " + p.years() + " years.", null);
	}
}
