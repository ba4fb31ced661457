package org.stocktake.improvement;

import java.util.List;

/**
 * A peer to add to the pool or update, as sent: the person (directory id or ref), skill ids, a
 * specialism, the accreditation's expiry (YYYY-MM-DD), declared conflicts (GSS codes) and blocked periods.
 */
public record NewPeer(String person, List<String> skills, String specialism, String accreditationExpires, List<String> conflicts,
		List<Period> unavailable) {

	public record Period(String from, String to) {
	}
}
