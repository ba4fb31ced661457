package org.stocktake.boards;

/** What clerks submit, as text straight from a form or a JSON body; {@link Boards} checks every field. */
public final class Forms {

	private Forms() {
	}

	/** {@code person}: the directory's reference or id; {@code year}: {@code 2025/26}; {@code username}: the member's account, optional. */
	public record NewMember(String person, String role, String year, String username) {
	}

	/** {@code date} YYYY-MM-DD, {@code time} HH:MM, {@code cycle} the financial quarter such as {@code 2025/26 Q3}. */
	public record NewMeeting(String date, String time, String venue, String cycle) {
	}

	/** An agenda item and its report; {@code exempt} is "true" when the item is confidential, with the Schedule 12A paragraph. */
	public record NewItem(String title, String purpose, String exempt, String exemptParagraph, String contactName, String contactPosition,
			String contactPhone, String contactEmail, String summary, String recommendations, String action, String body) {

		public static NewItem empty() {
			return new NewItem(null, null, null, null, null, null, null, null, null, null, null, null);
		}

		public boolean isExempt() {
			return "true".equalsIgnoreCase(exempt) || "on".equalsIgnoreCase(exempt) || "yes".equalsIgnoreCase(exempt);
		}
	}

	/** The note of the meeting on one item. */
	public record Note(String decision, String minute) {
	}

	/** An action from the meeting; {@code item} is the agenda item's number, optional. */
	public record NewAction(String item, String description, String owner, String dueDate) {
	}

	/** A board's name, terms of reference and priorities (each priority on its own line). */
	public record BoardForm(String name, String termsOfReference, String priorities) {
	}

	/** Carries a board's membership of one financial year into another. */
	public record CopyMembers(String from, String to) {
	}

	/** An entry of the forward plan: {@code standing} "true" for every meeting, else the {@code cycle} it is due in. */
	public record NewPlanItem(String title, String purpose, String standing, String cycle, String reportOwner, String ownerEmail, String notes) {
	}

	/** A declaration of interest: {@code item} is the agenda item's number, {@code member} the member's name. */
	public record NewDeclaration(String declarationItem, String member, String interest) {
	}
}
