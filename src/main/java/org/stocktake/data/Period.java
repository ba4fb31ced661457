package org.stocktake.data;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a measure, written as CONTRACT.md writes it: {@code 2015/16} (financial or academic
 * year; {@code 2015-16} in URL paths), {@code 2015} (calendar year), {@code 2015/16 Q1} (financial
 * quarter, Q1 = April–June), {@code 2015 Q1} (calendar quarter) and {@code 2015-04} (month).
 *
 * @param year the calendar year the period, or its financial or academic year, starts in
 * @param part the quarter (1–4) or month (1–12), 0 for years
 */
public record Period(Periodicity periodicity, int year, int part) implements Comparable<Period> {

	private static final Pattern SPLIT_YEAR = Pattern.compile("(\\d{4})[/-](\\d{2}|\\d{4})");
	private static final Pattern YEAR = Pattern.compile("\\d{4}");
	private static final Pattern SPLIT_YEAR_QUARTER = Pattern.compile("(\\d{4})[/-](\\d{2}|\\d{4})[ _-]?Q([1-4])");
	private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})[ _-]?Q([1-4])");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	public Period {
		if (periodicity == null) {
			throw new IllegalArgumentException("A period needs a periodicity");
		}
		if (year < 1800 || year > 2200) {
			throw new IllegalArgumentException("The year " + year + " is out of range");
		}
		int max = switch (periodicity) {
			case FINANCIAL_QUARTER, CALENDAR_QUARTER -> 4;
			case MONTH -> 12;
			default -> 0;
		};
		if (max == 0 ? part != 0 : part < 1 || part > max) {
			throw new IllegalArgumentException("The part " + part + " does not fit a " + periodicity);
		}
	}

	/** Reads {@code text} as a period of {@code periodicity}; empty when it is not written that way. */
	public static Optional<Period> parse(String text, Periodicity periodicity) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT);
		Matcher m;
		switch (periodicity) {
			case FINANCIAL_YEAR, ACADEMIC_YEAR -> {
				if ((m = SPLIT_YEAR.matcher(t)).matches() && consecutive(m.group(1), m.group(2))) {
					return Optional.of(new Period(periodicity, Integer.parseInt(m.group(1)), 0));
				}
			}
			case CALENDAR_YEAR -> {
				if (YEAR.matcher(t).matches()) {
					return Optional.of(new Period(periodicity, Integer.parseInt(t), 0));
				}
			}
			case FINANCIAL_QUARTER -> {
				if ((m = SPLIT_YEAR_QUARTER.matcher(t)).matches() && consecutive(m.group(1), m.group(2))) {
					return Optional.of(new Period(periodicity, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))));
				}
			}
			case CALENDAR_QUARTER -> {
				if ((m = YEAR_QUARTER.matcher(t)).matches()) {
					return Optional.of(new Period(periodicity, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
				}
			}
			case MONTH -> {
				if ((m = MONTH.matcher(t)).matches()) {
					int month = Integer.parseInt(m.group(2));
					if (month >= 1 && month <= 12) {
						return Optional.of(new Period(periodicity, Integer.parseInt(m.group(1)), month));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** Like {@link #parse} but throws with a message that shows the expected form. */
	public static Period of(String text, Periodicity periodicity) {
		return parse(text, periodicity).orElseThrow(() -> new IllegalArgumentException(
				"\"" + text + "\" is not a " + periodicity.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " period; write it like "
						+ periodicity.example()));
	}

	private static boolean consecutive(String first, String second) {
		int start = Integer.parseInt(first);
		int end = Integer.parseInt(second);
		return second.length() == 2 ? end == (start + 1) % 100 : end == start + 1;
	}

	/** The canonical text: {@code 2015/16}, {@code 2015}, {@code 2015/16 Q1}, {@code 2015 Q1}, {@code 2015-04}. */
	@Override
	public String toString() {
		return switch (periodicity) {
			case FINANCIAL_YEAR, ACADEMIC_YEAR -> splitYear('/');
			case CALENDAR_YEAR -> Integer.toString(year);
			case FINANCIAL_QUARTER -> splitYear('/') + " Q" + part;
			case CALENDAR_QUARTER -> year + " Q" + part;
			case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, part);
		};
	}

	/** The form used in URL paths: {@code 2015-16}, {@code 2015}, {@code 2015-16-Q1}, {@code 2015-Q1}, {@code 2015-04}. */
	public String toPath() {
		return toString().replace('/', '-').replace(' ', '-');
	}

	private String splitYear(char separator) {
		return String.format(Locale.ROOT, "%d%c%02d", year, separator, (year + 1) % 100);
	}

	/** The first day of the period. */
	public LocalDate start() {
		return switch (periodicity) {
			case FINANCIAL_YEAR -> LocalDate.of(year, 4, 1);
			case ACADEMIC_YEAR -> LocalDate.of(year, 9, 1);
			case CALENDAR_YEAR -> LocalDate.of(year, 1, 1);
			case FINANCIAL_QUARTER -> LocalDate.of(year, 4, 1).plusMonths(3L * (part - 1));
			case CALENDAR_QUARTER -> LocalDate.of(year, 1, 1).plusMonths(3L * (part - 1));
			case MONTH -> LocalDate.of(year, part, 1);
		};
	}

	/** The period just before this one (the previous year, quarter or month). */
	public Period previous() {
		return switch (periodicity) {
			case FINANCIAL_YEAR, ACADEMIC_YEAR, CALENDAR_YEAR -> new Period(periodicity, year - 1, 0);
			case FINANCIAL_QUARTER, CALENDAR_QUARTER -> part == 1 ? new Period(periodicity, year - 1, 4) : new Period(periodicity, year, part - 1);
			case MONTH -> part == 1 ? new Period(periodicity, year - 1, 12) : new Period(periodicity, year, part - 1);
		};
	}

	/** The same period a year earlier: the previous year, or the same quarter or month of the year before. */
	public Period sameLastYear() {
		return new Period(periodicity, year - 1, part);
	}

	/**
	 * The calendar year whose mid-year population weights this period: the year the period starts in
	 * (mid-2015 for 2015/16).
	 */
	public int weightYear() {
		return year;
	}

	@Override
	public int compareTo(Period other) {
		return start().compareTo(other.start());
	}
}
