/** Persistence of plans, targets, returns, accounts and reports (JdbcClient over Flyway's schema), and the demonstration data. */
package org.stocktake.performance.internal;
