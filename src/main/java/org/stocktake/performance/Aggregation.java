package org.stocktake.performance;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a target's quarters combine into the year's figure: the sum of the quarters (peer challenges
 * delivered, 18 + 13 = 31), or the latest reported quarter's figure for running counts reported "as
 * at" the quarter's end (councillors on the Next Generation programme, 58 then 58 = 58). A quarter not
 * reported is null and counts as nothing; with no quarter reported the total is null (blank), not zero.
 */
public enum Aggregation {
	SUM, LATEST;

	public BigDecimal total(List<BigDecimal> quarters) {
		BigDecimal total = null;
		for (BigDecimal q : quarters) {
			if (q == null) {
				continue;
			}
			total = this == LATEST || total == null ? q : total.add(q);
		}
		return total;
	}
}
