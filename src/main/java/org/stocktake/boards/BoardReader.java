package org.stocktake.boards;

import java.util.Set;

import org.stocktake.platform.security.Role;

/**
 * Who is reading, as far as boards are concerned: the public (no role), a MEMBER linked to some
 * boards, an officer (who may also hold the {@code BOARD_CLERK} grant for some boards or, with an
 * empty scope, for all), or an admin.
 */
public record BoardReader(Long userId, Role role, Set<Long> memberOf, Set<Long> clerkOf, boolean clerkOfAll) {

	/** The permission an admin grants to a clerk; its scope is a board's slug, or empty for every board. */
	public static final String CLERK = "BOARD_CLERK";

	public BoardReader {
		memberOf = Set.copyOf(memberOf);
		clerkOf = Set.copyOf(clerkOf);
	}

	public static BoardReader anonymous() {
		return new BoardReader(null, null, Set.of(), Set.of(), false);
	}

	public boolean officer() {
		return role == Role.OFFICER || role == Role.ADMIN;
	}

	/** Drafts of agendas and notes are seen by officers only until they are published. */
	public boolean seesDrafts() {
		return officer();
	}

	public boolean seesExempt(Board board) {
		return officer() || memberOf.contains(board.id());
	}

	/** Clerks of the board run it; admins may run any board. */
	public boolean manages(Board board) {
		return role == Role.ADMIN || (role == Role.OFFICER && (clerkOfAll || clerkOf.contains(board.id())));
	}

	public boolean clerkOfAny() {
		return role == Role.ADMIN || (role == Role.OFFICER && (clerkOfAll || !clerkOf.isEmpty()));
	}

	/** Contact officers' phone numbers and email addresses are personal data, for signed-in readers only. */
	public boolean seesContactDetails() {
		return role != null;
	}
}
