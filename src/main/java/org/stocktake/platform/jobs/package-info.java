/** Scheduled work that runs on exactly one instance at a time. */
package org.stocktake.platform.jobs;
