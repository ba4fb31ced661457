package org.stocktake.leadership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Shares of bookings by age range or ethnic group, unknowns (not recorded) and "prefer not to say" shown as their own rows. */
public record Distribution(String by, LocalDate from, LocalDate to, List<Share> shares, int total) {

	public Distribution {
		shares = List.copyOf(shares);
	}

	/** {@code percent} to one decimal place; null when there are no bookings at all. */
	public record Share(String key, String label, int count, BigDecimal percent) {
	}

	public Share share(String key) {
		return shares.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
	}
}
