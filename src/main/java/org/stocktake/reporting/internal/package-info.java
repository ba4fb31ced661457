/** The writers behind {@link org.stocktake.reporting.Reports}: XHTML for the PDF engine, and Word. */
package org.stocktake.reporting.internal;
