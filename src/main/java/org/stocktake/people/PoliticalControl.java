package org.stocktake.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who controlled a council after a year's May elections: a party holding more than half the seats,
 * or {@link Party#NO_OVERALL_CONTROL}. {@code administration} is who runs the council where the
 * source says so (from 2025), for example a minority or coalition administration.
 */
public record PoliticalControl(String authorityGssCode, int year, String control, int totalSeats, String administration,
		List<Seats> seats, String source) {

	public PoliticalControl {
		seats = seats.stream().sorted(Comparator.comparingInt(Seats::seats).reversed().thenComparing(Seats::party)).toList();
	}

	public record Seats(Party party, int seats) {
	}

	public Optional<Party> controllingParty() {
		return Party.NO_OVERALL_CONTROL.equals(control) ? Optional.empty() : Optional.of(Party.valueOf(control));
	}

	public int seatsOf(Party party) {
		return seats.stream().filter(s -> s.party() == party).mapToInt(Seats::seats).sum();
	}

	/** A party controls the council when it holds more than half its seats; otherwise no party does. */
	public static String derive(Map<Party, Integer> seats, int totalSeats) {
		return seats.entrySet()
			.stream()
			.filter(e -> e.getValue() * 2 > totalSeats)
			.map(e -> e.getKey().name())
			.findFirst()
			.orElse(Party.NO_OVERALL_CONTROL);
	}
}
