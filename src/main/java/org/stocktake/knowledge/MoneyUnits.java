package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** The units an import states for its money (CONTRACT.md): pounds or thousands of pounds. */
public enum MoneyUnits {

	GBP(BigDecimal.ONE), GBP_THOUSANDS(BigDecimal.valueOf(1000));

	private final BigDecimal factor;

	MoneyUnits(BigDecimal factor) {
		this.factor = factor;
	}

	public BigDecimal toPounds(BigDecimal amount) {
		return amount.multiply(factor);
	}

	public static Optional<MoneyUnits> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
