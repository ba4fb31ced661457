package org.stocktake.boards;

/**
 * The paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972 under which an item may
 * be exempt from publication. The paragraph is a reason the public may know; the item itself is not.
 */
public final class ExemptCategory {

	public static final int FIRST = 1;
	public static final int LAST = 7;

	private ExemptCategory() {
	}

	public static String messageKey(int paragraph) {
		return "boards.exempt.paragraph." + paragraph;
	}
}
