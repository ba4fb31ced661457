package org.stocktake.leadership;

import java.util.Arrays;
import java.util.Optional;

/** Where a booking stands. Only BOOKED and ATTENDED bookings count in the board's tables. */
public enum BookingStatus {

	BOOKED, ATTENDED, CANCELLED, WAITING;

	public boolean counts() {
		return this == BOOKED || this == ATTENDED;
	}

	public String messageKey() {
		return "leadership.status." + name();
	}

	public static Optional<BookingStatus> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = Choices.normalise(text);
		return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
	}
}
