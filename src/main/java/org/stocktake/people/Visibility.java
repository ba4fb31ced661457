package org.stocktake.people;

/**
 * Who is reading the directory. Everyone may see councillors' public roles; the association's
 * officers and admins see everyone with contact details; a council's user also sees its own
 * authority's people with theirs.
 */
public record Visibility(boolean all, String ownAuthorityGss) {

	public static Visibility everything() {
		return new Visibility(true, null);
	}

	public static Visibility publicOnly() {
		return new Visibility(false, null);
	}

	public static Visibility publicAnd(String authorityGss) {
		return new Visibility(false, authorityGss);
	}

	public boolean canSee(Person person) {
		return all || person.type().publicOffice() || ownAuthority(person);
	}

	public boolean canSeeContact(Person person) {
		return all || ownAuthority(person);
	}

	/** The person as this reader may see them, or null when they may not see them at all. */
	public Person apply(Person person) {
		if (!canSee(person)) {
			return null;
		}
		return canSeeContact(person) ? person : person.withoutContact();
	}

	private boolean ownAuthority(Person person) {
		return ownAuthorityGss != null && ownAuthorityGss.equalsIgnoreCase(person.authorityGssCode());
	}
}
