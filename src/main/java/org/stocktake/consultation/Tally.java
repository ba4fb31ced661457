package org.stocktake.consultation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stocktake.consultation.Results.OptionCount;
import org.stocktake.consultation.Results.QuestionResult;

/** Counts answers to one question among a set of responses. */
final class Tally {

	private Tally() {
	}

	/** The categories a question's answers fall into: its options, its scale points, or none (free text, numbers). */
	static List<String> categories(Question q) {
		if (q.type().hasOptions()) {
			return q.options();
		}
		return q.scalePoints().stream().map(String::valueOf).toList();
	}

	static QuestionResult of(Question q, List<Answers> responses, int minimumCell) {
		List<Answers> answered = responses.stream().filter(a -> a.has(q.key())).toList();
		long n = answered.size();
		boolean suppressed = n < minimumCell;
		Map<String, Long> counts = new LinkedHashMap<>();
		categories(q).forEach(c -> counts.put(c, 0L));
		double sum = 0;
		int numeric = 0;
		for (Answers a : answered) {
			for (String v : a.get(q.key())) {
				counts.computeIfPresent(v, (k, c) -> c + 1);
			}
			if (q.type() == QuestionType.SCALE || q.type() == QuestionType.NUMBER) {
				try {
					sum += new BigDecimal(a.first(q.key()).replace(",", "")).doubleValue();
					numeric++;
				}
				catch (NumberFormatException ex) {
					// checked on the way in; an unreadable stored value is not counted
				}
			}
		}
		List<OptionCount> options = new ArrayList<>();
		counts.forEach((label, count) -> options.add(suppressed ? new OptionCount(label, null, null) : new OptionCount(label, count, percent(count, n))));
		Double mean = suppressed || numeric == 0 ? null : round(sum / numeric, 2);
		return new QuestionResult(q.key(), q.number(), q.text(), q.type(), suppressed ? null : n, suppressed, options, mean);
	}

	static Double percent(long count, long of) {
		return of == 0 ? null : round(100.0 * count / of, 1);
	}

	static double round(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
	}
}
