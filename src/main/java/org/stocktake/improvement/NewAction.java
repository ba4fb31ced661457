package org.stocktake.improvement;

/** A line to add to an action plan, as typed: the recommendation, the action, its owner and due date (YYYY-MM-DD). */
public record NewAction(String recommendation, String action, String owner, String dueDate) {

	public static NewAction empty() {
		return new NewAction("", "", "", "");
	}
}
