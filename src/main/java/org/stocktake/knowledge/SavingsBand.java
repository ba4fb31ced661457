package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Bands of annual savings for filtering case studies; lower bound inclusive, upper exclusive. */
public enum SavingsBand {

	UNDER_100K(0, 100_000L), FROM_100K_TO_500K(100_000, 500_000L), FROM_500K_TO_1M(500_000, 1_000_000L), OVER_1M(1_000_000, null);

	private final BigDecimal from;
	private final BigDecimal to;

	SavingsBand(long from, Long to) {
		this.from = BigDecimal.valueOf(from);
		this.to = to == null ? null : BigDecimal.valueOf(to);
	}

	public BigDecimal from() {
		return from;
	}

	public BigDecimal to() {
		return to;
	}

	public String messageKey() {
		return "knowledge.savingsBand." + name();
	}

	public static Optional<SavingsBand> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(b -> b.name().equals(text.trim().toUpperCase(Locale.ROOT))).findFirst();
	}
}
