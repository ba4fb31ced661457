package org.stocktake.oversight;

import java.time.Instant;

/**
 * A named watchlist filter and sort an officer saved; {@code query} is the watchlist's query string.
 * A shared view is listed for every officer; {@code ownerId} is null for views Stocktake ships.
 */
public record SavedView(long id, String name, Long ownerId, String ownerName, String query, boolean shared, Instant createdAt) {
}
