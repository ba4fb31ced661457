package org.stocktake.leadership;

/** A leadership programme, e.g. LA (Leadership Academy); {@code code} is what imports and the API use. */
public record Programme(String code, String name, String description, int position) {
}
