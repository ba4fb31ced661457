/** Storage, analysis queries, the import and the demonstration load of inspections. */
package org.stocktake.oversight.internal;
