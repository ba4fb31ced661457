package org.stocktake.leadership;

import java.time.Instant;

import org.stocktake.people.Party;
import org.stocktake.register.AreaType;

/**
 * A place on an event. {@code personId} is null for an anonymous record ("not named"), as when only
 * counts are known. Authority, region and council type are as recorded at booking; equality fields
 * are null when unknown. {@code region} is the ONS code, {@code regionName} beside it.
 */
public record Booking(long id, long eventId, String programmeCode, String eventTitle, Long personId, String personName,
		String authorityGss, String authorityName, Party party, String region, String regionName, AreaType councilType, String role, Gender gender,
		AgeRange ageRange, Ethnicity ethnicity, BookingStatus status, String source, Instant bookedAt, String bookedBy) {

	public boolean named() {
		return personId != null;
	}
}
