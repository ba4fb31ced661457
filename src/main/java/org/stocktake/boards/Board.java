package org.stocktake.boards;

/**
 * One of the association's boards; {@code demonstration} marks boards loaded as demonstration data.
 * Terms of reference and priorities are the board's own words, as its clerk records them.
 */
public record Board(long id, String slug, String name, String termsOfReference, String priorities, boolean demonstration) {
}
