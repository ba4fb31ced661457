/** Inspection pages, the inspections API and the oversight section of an authority's page. */
package org.stocktake.oversight.web;
