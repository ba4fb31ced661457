/** The directory's pages, API, import screens and its political-control section of an authority's page. */
package org.stocktake.people.web;
