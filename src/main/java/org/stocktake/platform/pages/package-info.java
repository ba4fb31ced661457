/** The home page, sign-in and the pages about Stocktake itself. */
package org.stocktake.platform.pages;
