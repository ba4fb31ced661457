/** The web layer every module shares: layout, problem details, paging, CSV output and static assets. */
package org.stocktake.platform.web;
