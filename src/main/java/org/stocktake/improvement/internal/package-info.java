/** Persistence of the offer and of peer challenges, in plain SQL. */
package org.stocktake.improvement.internal;
