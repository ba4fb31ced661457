/** Officers' pages and the API of the performance module; thin controllers over its services. */
package org.stocktake.performance.web;
