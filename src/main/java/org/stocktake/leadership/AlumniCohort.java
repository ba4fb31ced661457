package org.stocktake.leadership;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cohort's alumni: named delegates who attended, and how many began a leader, elected mayor,
 * cabinet member or committee chair role in the five years after the cohort ended (by the
 * directory's dated roles). {@code windowOpen} means the five years have not yet passed, so the share
 * may still grow. Anonymous bookings cannot be followed and are counted apart.
 */
public record AlumniCohort(long eventId, String programme, String event, LocalDate completedOn, int participants, int tookRole,
		BigDecimal percent, int notNamed, boolean windowOpen, int targetPercent) {

	public static final int TARGET_PERCENT = 50;
}
