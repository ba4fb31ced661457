package org.stocktake.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A target of a business plan as at the end of one quarter ({@code asAtQuarter}): its quarters up to
 * then (later ones blank), the year's figure combined by its {@link Aggregation}, % achieved, the
 * computed rating with its reason and, beside it, the officer's overriding rating with commentary.
 */
public record Target(long id, FinancialYear year, String theme, String code, String description, String annexAText, Kind kind,
		BigDecimal target, String unit, Aggregation aggregation, String fundingSource, String owner, LocalDate dueDate,
		LocalDate completedOn, boolean inAnnexA, boolean inAnnexB, String ragRule, String linkedFigure, int asAtQuarter,
		List<QuarterReturn> quarters, BigDecimal total, Integer percentAchieved, RagRule.Rating computed, Rag override,
		String overrideCommentary) {

	public enum Kind {
		NUMERIC, MILESTONE
	}

	public Target {
		quarters = List.copyOf(quarters);
	}

	/** The rating the report uses: the officer's override where there is one, else the computed one. */
	public Rag rag() {
		return override != null ? override : computed.rag();
	}

	public boolean overridden() {
		return override != null && override != computed.rag();
	}

	public QuarterReturn quarter(int q) {
		return quarters.get(q - 1);
	}

	/** What was delivered, in the words of the latest quarter up to the as-at quarter that has a narrative. */
	public String narrative() {
		for (int q = asAtQuarter; q >= 1; q--) {
			String n = quarter(q).narrative();
			if (n != null && !n.isBlank()) {
				return n;
			}
		}
		return null;
	}

	/** The commentary and forecast of the latest quarter up to the as-at quarter that has any. */
	public String commentary() {
		for (int q = asAtQuarter; q >= 1; q--) {
			QuarterReturn r = quarter(q);
			String c = join(r.commentary(), r.forecast());
			if (c != null) {
				return c;
			}
		}
		return null;
	}

	private static String join(String a, String b) {
		boolean hasA = a != null && !a.isBlank();
		boolean hasB = b != null && !b.isBlank();
		if (hasA && hasB) {
			return a.trim() + " " + b.trim();
		}
		return hasA ? a.trim() : hasB ? b.trim() : null;
	}

	public String targetText() {
		return kind == Kind.MILESTONE ? (dueDate == null ? "" : dueDate.toString()) : Delivery.format(target);
	}

	public String totalText() {
		return Delivery.format(total);
	}

	public String percentText() {
		return percentAchieved == null ? "" : percentAchieved + "%";
	}

	/** One quarter's return; {@code delivered} null means not reported (blank, or the source's marker such as n/a). */
	public record QuarterReturn(int quarter, BigDecimal delivered, String marker, String narrative, String commentary, String forecast,
			java.time.OffsetDateTime signedOffAt, String signedOffBy, boolean linked, boolean reported) {

		public boolean signedOff() {
			return signedOffAt != null;
		}

		/** As Annex B shows it: the figure, the marker (n/a), or blank. */
		public String display() {
			if (delivered != null) {
				return Delivery.format(delivered);
			}
			return marker == null ? "" : marker;
		}
	}
}
