package org.stocktake.boards;

/** One of the association's boards; {@code demonstration} marks boards loaded as demonstration data. */
public record Board(long id, String slug, String name, String termsOfReference, boolean demonstration) {
}
