package org.stocktake.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A rating rule held as data ({@code perf_rag_rule}). {@code PRO_RATA}: the profile at the end of
 * quarter n is target × n ÷ 4; green at or above it, amber up to {@code amberTolerancePercent} below
 * it, red beyond. {@code MILESTONE}: green when done or not yet near its due date, amber within
 * {@code amberDaysBeforeDue} days of it, red once it has passed undone.
 */
public record RagRule(String id, String name, Method method, BigDecimal amberTolerancePercent, int amberDaysBeforeDue) {

	public enum Method {
		PRO_RATA, MILESTONE
	}

	/** The computed rating with the reason, for a target as at the end of {@code quarter}. */
	public Rating rate(BigDecimal target, BigDecimal total, int quarter, LocalDate asAt, LocalDate dueDate, LocalDate completedOn) {
		if (method == Method.MILESTONE) {
			return milestone(asAt, dueDate, completedOn);
		}
		if (target == null || target.signum() <= 0) {
			return new Rating(Rag.NOT_RATED, "No numeric target to rate against");
		}
		if (total == null) {
			return new Rating(Rag.NOT_RATED, "Nothing reported yet");
		}
		BigDecimal profile = target.multiply(BigDecimal.valueOf(quarter)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
		String against = Delivery.format(total) + " against a profile of " + Delivery.format(profile) + " by the end of Q" + quarter;
		if (total.compareTo(profile) >= 0) {
			return new Rating(Rag.GREEN, against + ": at or above profile");
		}
		BigDecimal amberFloor = profile.multiply(BigDecimal.valueOf(100).subtract(amberTolerancePercent))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		if (total.compareTo(amberFloor) >= 0) {
			return new Rating(Rag.AMBER, against + ": below profile, within " + Delivery.format(amberTolerancePercent) + "%");
		}
		return new Rating(Rag.RED, against + ": more than " + Delivery.format(amberTolerancePercent) + "% below profile");
	}

	private Rating milestone(LocalDate asAt, LocalDate dueDate, LocalDate completedOn) {
		if (completedOn != null && !completedOn.isAfter(asAt)) {
			return new Rating(Rag.GREEN, "Done on " + completedOn);
		}
		if (dueDate == null) {
			return new Rating(Rag.NOT_RATED, "No due date");
		}
		if (dueDate.isBefore(asAt)) {
			return new Rating(Rag.RED, "Due on " + dueDate + " and not done");
		}
		if (!dueDate.isAfter(asAt.plusDays(amberDaysBeforeDue))) {
			return new Rating(Rag.AMBER, "Due on " + dueDate + ", within " + amberDaysBeforeDue + " days");
		}
		return new Rating(Rag.GREEN, "Due on " + dueDate + ", not yet near");
	}

	/** A rating and why. */
	public record Rating(Rag rag, String explanation) {
	}
}
