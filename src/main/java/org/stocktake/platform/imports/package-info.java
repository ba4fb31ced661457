/** The import framework: CSV reading with line numbers, every bad row reported, all or nothing. */
package org.stocktake.platform.imports;
