/** Persistence, the booking import and demonstration data of the leadership module. */
package org.stocktake.leadership.internal;
