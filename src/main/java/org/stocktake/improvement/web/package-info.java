/** Pages and API of the improvement offer, and who may reach them. */
package org.stocktake.improvement.web;
