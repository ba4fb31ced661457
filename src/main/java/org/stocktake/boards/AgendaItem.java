package org.stocktake.boards;

/**
 * An item of a meeting's agenda with its report in the association's template (purpose, summary,
 * recommendations, action, contact officer, then the body), and the note of the meeting on it.
 * A reader who may not see an exempt item gets {@link #redacted()}: its number, that it is exempt
 * and why — never its title, report or note.
 */
public record AgendaItem(long id, long meetingId, int number, String title, Purpose purpose, boolean exempt, Integer exemptParagraph,
		String contactName, String contactPosition, String contactPhone, String contactEmail, String summary, String recommendations,
		String actionText, String body, Decision decision, String minute, boolean visible) {

	public AgendaItem redacted() {
		return new AgendaItem(id, meetingId, number, null, null, true, exemptParagraph, null, null, null, null, null, null, null, null, null,
				null, false);
	}

	/** The item without its note, for readers before the minutes are published. */
	public AgendaItem withoutNote() {
		return new AgendaItem(id, meetingId, number, title, purpose, exempt, exemptParagraph, contactName, contactPosition, contactPhone,
				contactEmail, summary, recommendations, actionText, body, null, null, visible);
	}

	/** The item without the contact officer's phone and email, which are personal data. */
	public AgendaItem withoutContactDetails() {
		return new AgendaItem(id, meetingId, number, title, purpose, exempt, exemptParagraph, contactName, contactPosition, null, null, summary,
				recommendations, actionText, body, decision, minute, visible);
	}

	public boolean hasReport() {
		return summary != null || recommendations != null || actionText != null || body != null;
	}
}
