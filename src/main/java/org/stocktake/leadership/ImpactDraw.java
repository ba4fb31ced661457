package org.stocktake.leadership;

import java.time.LocalDate;
import java.util.List;

/**
 * A random cross-section of those who completed a programme four to six months before {@code drawnOn}
 * ({@code windowFrom}–{@code windowTo}): {@code size} and {@code seed} are kept, so the same draw on
 * the same day gives the same people. {@code invited} are the participants drawn (and any colleagues
 * invited for a 360° view).
 */
public record ImpactDraw(long id, LocalDate drawnOn, LocalDate windowFrom, LocalDate windowTo, String programme, int size, long seed,
		int candidates, List<Invited> invited) {

	public ImpactDraw {
		invited = List.copyOf(invited);
	}

	public record Invited(long bookingId, Long personId, String kind, String programme, String event, boolean mailed) {
	}

	public List<Long> participantBookings() {
		return invited.stream().filter(i -> i.kind().equals("PARTICIPANT")).map(Invited::bookingId).toList();
	}
}
