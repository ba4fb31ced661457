package org.stocktake.boards;

/**
 * An entry of a board's forward plan: a standing item (at every meeting) or a report scheduled into
 * a quarterly cycle ({@code 2025/26 Q3}), with the officer who owns the report.
 * {@code usedAt} is the meeting a scheduled entry went on, if it has.
 */
public record PlanItem(long id, long boardId, String title, Purpose purpose, boolean standing, String cycle, String reportOwner,
		String ownerEmail, String notes, Long usedAt) {

	/** The entry without its owner's email address, which is personal data. */
	public PlanItem withoutEmail() {
		return new PlanItem(id, boardId, title, purpose, standing, cycle, reportOwner, null, notes, usedAt);
	}
}
