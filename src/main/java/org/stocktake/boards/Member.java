package org.stocktake.boards;

/**
 * A person of the directory on a board for a year ({@code 2025/26}). {@code party} and
 * {@code authorityName} come from the directory; {@code username} is the linked account, if any.
 */
public record Member(long id, long boardId, long personId, String name, String authorityName, String party, String year, MemberRole role,
		String username) {
}
