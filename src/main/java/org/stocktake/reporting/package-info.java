/**
 * One renderer for every document Stocktake hands out: a module describes a {@link org.stocktake.reporting.Report}
 * once and gets it as a tagged, accessible PDF (PDF/UA-1) or as a Word document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = {})
package org.stocktake.reporting;
