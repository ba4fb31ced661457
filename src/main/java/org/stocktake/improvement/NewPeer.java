package org.stocktake.improvement;

import java.util.List;

/**
 * A peer to add to the pool or update, as sent: the person (directory id or ref), skill ids, a
 * specialism, the accreditation's expiry (YYYY-MM-DD), declared conflicts (GSS codes), blocked periods and free tags.
 */
public record NewPeer(String person, List<String> skills, String specialism, String accreditationExpires, List<String> conflicts,
		List<Period> unavailable, List<String> tags) {

	public record Period(String from, String to) {
	}
}
