package org.stocktake.data;

import java.math.BigDecimal;

/**
 * One value of a measure for an area and period. {@code value} is null exactly when the status is
 * suppressed or missing; {@code marker} then keeps what the source wrote instead (such as {@code ..}).
 */
public record DataValue(String measureId, String areaGssCode, String period, BigDecimal value, ValueStatus status, String marker) {
}
