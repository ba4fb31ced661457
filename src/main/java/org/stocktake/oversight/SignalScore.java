package org.stocktake.oversight;

import java.math.BigDecimal;

/**
 * What one signal adds to an authority's score: {@code points} = {@code weight} × {@code strength}
 * (strength 0–1, computed exactly and rounded only in the points, to 2 decimals), with a sentence that
 * says why. {@code service} names the service the signal concerns, when it concerns one.
 */
public record SignalScore(String signal, BigDecimal weight, BigDecimal strength, BigDecimal points, String explanation, String service) {

	public boolean raised() {
		return strength.signum() > 0;
	}

	public String messageKey() {
		return "watchlist.signal." + signal;
	}
}
