package org.stocktake.leadership;

import java.math.BigDecimal;
import java.util.List;

/**
 * Overall event satisfaction (1 = poor, 2 = fair, 3 = good, 4 = excellent) per module of each event,
 * and the share of respondents agreeing the programme made a difference, against the business plan's
 * 90%. {@code reportedAverage} is an average a paper reported without its responses, shown with its
 * source beside (never mixed into) the average of responses recorded here.
 */
public record EvaluationSummary(String programme, List<ModuleScore> modules, BigDecimal programmeAverage, int responses, int madeDifferenceYes,
		int madeDifferenceNo, BigDecimal madeDifferencePercent, int targetPercent) {

	public static final int TARGET_PERCENT = 90;

	public EvaluationSummary {
		modules = List.copyOf(modules);
	}

	public record ModuleScore(long eventId, String programme, String event, long moduleId, int module, int responses, BigDecimal average,
			BigDecimal reportedAverage, String reportedSource) {
	}

	/** Null until someone has answered the question. */
	@com.fasterxml.jackson.annotation.JsonProperty("meetsTarget")
	public Boolean meetsTarget() {
		return madeDifferencePercent == null ? null : madeDifferencePercent.compareTo(BigDecimal.valueOf(targetPercent)) >= 0;
	}
}
