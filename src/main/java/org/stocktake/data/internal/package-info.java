/** Persistence, imports, the demonstration data and the statistics of the data module. */
package org.stocktake.data.internal;
