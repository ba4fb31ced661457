package org.stocktake.leadership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.stocktake.leadership.internal.LeadershipRepository;
import org.stocktake.leadership.internal.TableQueries;
import org.stocktake.people.Party;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/**
 * The board's tables for any dates: bookings by programme × party, region, council type and gender;
 * the age and ethnicity profile; attendance and completion; progress against the year's targets.
 * Every table counts what bookings recorded; nothing is re-derived from the register.
 */
@Service
public class BoardTables {

	public static final List<String> CROSSTABS = List.of("party", "region", "council_type", "gender");

	private final TableQueries queries;
	private final LeadershipRepository repository;
	private final MessageSource messages;

	BoardTables(TableQueries queries, LeadershipRepository repository, MessageSource messages) {
		this.queries = queries;
		this.repository = repository;
		this.messages = messages;
	}

	public CrossTab crossTab(String by, LocalDate from, LocalDate to) {
		String dimension = by == null ? "" : by.trim().toLowerCase(Locale.ROOT);
		if (!CROSSTABS.contains(dimension)) {
			throw new BadRequestException("by", by, "Choose party, region, council_type or gender");
		}
		checkRange(from, to);
		List<String> programmes = repository.programmes().stream().map(Programme::code).toList();
		Map<String, int[]> byKey = new HashMap<>();
		for (TableQueries.Cell cell : queries.counts(dimension, from, to)) {
			String key = cell.key() == null ? CrossTab.NOT_RECORDED : cell.key();
			int column = programmes.indexOf(cell.programme());
			byKey.computeIfAbsent(key, k -> new int[programmes.size()])[column] += cell.count();
		}
		List<CrossTab.Row> rows = new ArrayList<>();
		int[] totals = new int[programmes.size()];
		for (String key : order(dimension)) {
			int[] counts = byKey.remove(key);
			if (counts != null) {
				rows.add(row(dimension, key, counts, totals));
			}
		}
		for (Map.Entry<String, int[]> leftover : byKey.entrySet()) {
			rows.add(row(dimension, leftover.getKey(), leftover.getValue(), totals));
		}
		return new CrossTab(dimension, from, to, programmes, rows, Arrays.stream(totals).boxed().toList(), Arrays.stream(totals).sum());
	}

	private CrossTab.Row row(String dimension, String key, int[] counts, int[] totals) {
		for (int i = 0; i < counts.length; i++) {
			totals[i] += counts[i];
		}
		return new CrossTab.Row(key, label(dimension, key), Arrays.stream(counts).boxed().toList(), Arrays.stream(counts).sum());
	}

	/** The age ({@code age_range}) or ethnicity ({@code ethnicity}) profile of bookings, as percentages to one decimal place. */
	public Distribution distribution(String by, LocalDate from, LocalDate to) {
		String dimension = by == null ? "" : by.trim().toLowerCase(Locale.ROOT);
		if (!dimension.equals("age_range") && !dimension.equals("ethnicity")) {
			throw new BadRequestException("by", by, "Choose age_range or ethnicity");
		}
		checkRange(from, to);
		Map<String, Integer> counts = new HashMap<>();
		for (TableQueries.Cell cell : queries.counts(dimension, from, to)) {
			counts.merge(cell.key() == null ? CrossTab.NOT_RECORDED : cell.key(), cell.count(), Integer::sum);
		}
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		List<Distribution.Share> shares = new ArrayList<>();
		for (String key : order(dimension)) {
			int n = counts.getOrDefault(key, 0);
			BigDecimal percent = total == 0 ? null : BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
			shares.add(new Distribution.Share(key, label(dimension, key), n, percent));
		}
		return new Distribution(dimension, from, to, shares, total);
	}

	public List<Completion> completion(LocalDate from, LocalDate to, String programme) {
		checkRange(from, to);
		return queries.completion(from, to, programme).stream()
			.map(c -> new Completion(c.eventId(), c.programme(), c.title(), c.startsOn(), c.modules(), c.booked(), c.attended(), c.completed(),
					c.cancelled(), c.waiting()))
			.toList();
	}

	/** Progress against the targets of a financial year ({@code 2015/16}), counting events that start in that year. */
	public List<TargetProgress> progress(String financialYear) {
		int start = startYear(financialYear);
		LocalDate from = LocalDate.of(start, 4, 1);
		LocalDate to = LocalDate.of(start + 1, 3, 31);
		String fy = start + "/" + String.format("%02d", (start + 1) % 100);
		return queries.targets(fy).stream()
			.map(t -> new TargetProgress(t.financialYear(), t.description(), t.programmes(), t.target(),
					queries.participants(Arrays.stream(t.programmes().split(",")).map(String::trim).toList(), from, to)))
			.toList();
	}

	/** The financial year a day falls in, as {@code 2015/16}. */
	public static String financialYearOf(LocalDate day) {
		int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
		return start + "/" + String.format("%02d", (start + 1) % 100);
	}

	static int startYear(String financialYear) {
		if (financialYear == null || !financialYear.matches("\\d{4}[/-]\\d{2}")) {
			throw new BadRequestException("year", financialYear, "Give a financial year such as 2015/16");
		}
		int start = Integer.parseInt(financialYear.substring(0, 4));
		if ((start + 1) % 100 != Integer.parseInt(financialYear.substring(5))) {
			throw new BadRequestException("year", financialYear, "The two years of a financial year follow each other, as in 2015/16");
		}
		return start;
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequestException("to", to.toString(), "The end of the range must be on or after its start");
		}
	}

	private static List<String> order(String dimension) {
		List<String> keys = new ArrayList<>();
		switch (dimension) {
			case "party" -> Arrays.stream(Party.values()).forEach(p -> keys.add(p.name()));
			case "region" -> Arrays.stream(Region.values()).forEach(r -> keys.add(r.code()));
			case "council_type" -> Arrays.stream(AreaType.values()).forEach(t -> keys.add(t.name()));
			case "gender" -> Arrays.stream(Gender.values()).forEach(g -> keys.add(g.name()));
			case "age_range" -> Arrays.stream(AgeRange.values()).forEach(a -> keys.add(a.name()));
			case "ethnicity" -> Arrays.stream(Ethnicity.values()).forEach(e -> keys.add(e.name()));
			default -> throw new IllegalArgumentException(dimension);
		}
		keys.add(CrossTab.NOT_RECORDED);
		return keys;
	}

	/** A row's words, in English. */
	public String label(String dimension, String key) {
		if (CrossTab.NOT_RECORDED.equals(key)) {
			return message("leadership.notRecorded");
		}
		return switch (dimension) {
			case "party" -> message("party." + key);
			case "region" -> Region.parse(key).map(Region::displayName).orElse(key);
			case "council_type" -> message("areaType." + key);
			case "gender" -> message("leadership.gender." + key);
			case "age_range" -> message("leadership.age." + key);
			case "ethnicity" -> message("leadership.ethnicity." + key);
			default -> key;
		};
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, Locale.UK);
	}
}
