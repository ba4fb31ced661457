/** Where Stocktake's PostgreSQL comes from: embedded by default, external in production. */
package org.stocktake.platform.db;
