package org.stocktake.performance;

import java.time.LocalDate;

import org.stocktake.platform.web.BadRequestException;

/** A financial year April to March, written {@code 2015/16} (or {@code 2015-16} in paths). */
public record FinancialYear(int start) implements Comparable<FinancialYear> {

	public FinancialYear {
		if (start < 2000 || start > 2100) {
			throw new IllegalArgumentException("Financial year out of range: " + start);
		}
	}

	/** Reads {@code 2015/16} or {@code 2015-16}; anything else is a 400 naming {@code field}. */
	public static FinancialYear parse(String text, String field) {
		FinancialYear year = tryParse(text);
		if (year == null) {
			throw new BadRequestException(field, text, "Enter the financial year as 2015/16");
		}
		return year;
	}

	public static FinancialYear tryParse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.trim();
		if (!t.matches("\\d{4}[/-]\\d{2}")) {
			return null;
		}
		int start = Integer.parseInt(t.substring(0, 4));
		int end = Integer.parseInt(t.substring(5));
		if ((start + 1) % 100 != end || start < 2000 || start > 2100) {
			return null;
		}
		return new FinancialYear(start);
	}

	public String label() {
		return start + "/" + String.format("%02d", (start + 1) % 100);
	}

	public String path() {
		return start + "-" + String.format("%02d", (start + 1) % 100);
	}

	public LocalDate quarterStart(int quarter) {
		return LocalDate.of(start, 4, 1).plusMonths(3L * (quarter - 1));
	}

	public LocalDate quarterEnd(int quarter) {
		return quarterStart(quarter).plusMonths(3).minusDays(1);
	}

	/** The last day of period {@code P1}…{@code P12} (P1 = April). */
	public LocalDate periodEnd(int period) {
		return LocalDate.of(start, 4, 1).plusMonths(period).minusDays(1);
	}

	@Override
	public int compareTo(FinancialYear o) {
		return Integer.compare(start, o.start);
	}

	@Override
	public String toString() {
		return label();
	}
}
