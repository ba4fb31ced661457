package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.stocktake.improvement.internal.FiguresQueries;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/** The figures the boards ask for, by financial year, for the pages, the CSV and the performance report. */
@Service
public class ImprovementFigures {

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})[/-](\\d{2})");

	private final FiguresQueries queries;
	private final PeerChallenges challenges;
	private final SupportEngagements support;

	ImprovementFigures(FiguresQueries queries, PeerChallenges challenges, SupportEngagements support) {
		this.queries = queries;
		this.challenges = challenges;
		this.support = support;
	}

	/** The financial year containing today, as {@code 2026/27}. */
	public String currentFinancialYear() {
		LocalDate today = challenges.today();
		int y = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		return y + "/" + String.format("%02d", (y + 1) % 100);
	}

	/** The first day (1 April) of a financial year written {@code 2015/16} or {@code 2015-16}. */
	public static LocalDate start(String financialYear) {
		Matcher m = financialYear == null ? null : FINANCIAL_YEAR.matcher(financialYear.trim());
		if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
			throw new BadRequestException("year", financialYear, "Enter a financial year such as 2015/16");
		}
		return LocalDate.of(Integer.parseInt(m.group(1)), 4, 1);
	}

	public Figures of(String financialYear) {
		String fy = financialYear == null || financialYear.isBlank() ? currentFinancialYear() : financialYear.trim().replace('-', '/');
		LocalDate from = start(fy);
		List<Figures.Row> quarters = queries.byQuarter(from).stream()
			.map(r -> new Figures.Row(fy + " " + r.key(), fy + " " + r.key(), r.value())).toList();
		int delivered = quarters.stream().mapToInt(Figures.Row::value).sum();
		List<Figures.Row> regions = queries.byAreaColumn("region", from).stream()
			.map(r -> new Figures.Row(r.key(), Region.parse(r.key()).map(Region::displayName).orElse(r.key()), r.value())).toList();
		List<Figures.Row> types = queries.byAreaColumn("type", from).stream()
			.map(r -> new Figures.Row(r.key(), AreaType.parse(r.key()).map(Enum::name).orElse(r.key()), r.value())).toList();
		int peerDays = queries.peerDaysByAuthority(from).stream().mapToInt(Figures.Row::value).sum();
		List<Figures.Row> supportRows = new ArrayList<>();
		for (Map.Entry<SupportType, Integer> e : support.authoritiesByType(from, from.plusYears(1).minusDays(1)).entrySet()) {
			supportRows.add(new Figures.Row(e.getKey() == null ? "ALL" : e.getKey().name(), e.getKey() == null ? "ALL" : e.getKey().name(), e.getValue()));
		}
		return new Figures(fy, Figures.ANNUAL_TARGET, delivered, quarters, queries.byProduct(from), regions, types, queries.byYear(),
				challenges.coverage(4, Product.CORPORATE_PEER_CHALLENGE), challenges.coverage(3, Product.FIRE_PEER_CHALLENGE),
				queries.publication(from), queries.actionPlans(from), peerDays, queries.peerDaysByAuthority(from), supportRows,
				support.savings(from, from.plusYears(1).minusDays(1)));
	}
}
