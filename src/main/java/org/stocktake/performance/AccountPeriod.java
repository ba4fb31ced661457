package org.stocktake.performance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** One financial period's management accounts with totals by section and type and the net position. */
public record AccountPeriod(FinancialYear year, int period, String units, String filename, OffsetDateTime importedAt, boolean demonstration,
		List<AccountLine> lines) {

	public AccountPeriod {
		lines = List.copyOf(lines);
	}

	public String periodLabel() {
		return "P" + period;
	}

	public List<AccountLine> lines(AccountLine.Section section, AccountLine.LineType type) {
		return lines.stream().filter(l -> l.section() == section && l.type() == type).toList();
	}

	/** Totals of one group of lines, in the line's direction. */
	public record Totals(BigDecimal budgetYtd, BigDecimal actualYtd, BigDecimal varianceYtd, BigDecimal budgetYear, BigDecimal forecastOutturn,
			BigDecimal varianceOutturn) {
	}

	public Totals totals(AccountLine.Section section, AccountLine.LineType type) {
		return totals(l -> l.section() == section && l.type() == type, l -> BigDecimal.ONE);
	}

	/**
	 * The net position, deficit positive (expenditure less income), as the accounts' last line: with the
	 * section null, of everything.
	 */
	public Totals net(AccountLine.Section section) {
		return totals(l -> section == null || l.section() == section, l -> l.type() == AccountLine.LineType.INCOME ? BigDecimal.ONE.negate() : BigDecimal.ONE);
	}

	private Totals totals(Predicate<AccountLine> which, Function<AccountLine, BigDecimal> sign) {
		BigDecimal[] t = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (AccountLine l : lines) {
			if (!which.test(l)) {
				continue;
			}
			BigDecimal s = sign.apply(l);
			t[0] = t[0].add(l.budgetYtd().multiply(s));
			t[1] = t[1].add(l.actualYtd().multiply(s));
			t[3] = t[3].add(l.budgetYear().multiply(s));
			t[4] = t[4].add(l.forecastOutturn().multiply(s));
			// Variances are adverse-positive on every line, so they simply add up.
			t[2] = t[2].add(l.varianceYtd());
			t[5] = t[5].add(l.varianceOutturn());
		}
		return new Totals(t[0], t[1], t[2], t[3], t[4], t[5]);
	}
}
