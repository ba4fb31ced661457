package org.stocktake.boards;

import java.time.Instant;
import java.util.List;

/**
 * A published version of a meeting's public pack: what changed from the version before, and the
 * agenda items it contained (their ids, so a version holding an item since made exempt is withheld).
 */
public record PackVersion(long id, long meetingId, int version, Instant publishedAt, String changes, List<Entry> contents) {

	public PackVersion {
		contents = List.copyOf(contents);
	}

	/** An item as the version had it: a digest of its report shows whether it changed. */
	public record Entry(long itemId, int number, String title, String digest, String pages) {
	}

	/** Published meeting events, for those who act on them (versions of the pack, subscribers). */
	public record Published(long meetingId, String what) {
	}
}
