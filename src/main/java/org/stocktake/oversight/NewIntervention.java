package org.stocktake.oversight;

import java.time.LocalDate;

/**
 * What an officer records when intervention begins, as typed (the form and the API both send text):
 * the authority's GSS code, the type, the service, the start date, and optionally the publication
 * date of the judgement that triggered it.
 */
public record NewIntervention(String area, String type, String service, String startDate, String triggerPublicationDate,
		String notes) {

	public static NewIntervention empty() {
		return new NewIntervention("", "", "", LocalDate.now().toString(), "", "");
	}
}
