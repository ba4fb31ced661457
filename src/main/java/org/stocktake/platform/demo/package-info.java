/** Loading each module's real demonstration data at first start, once, whatever the number of instances. */
package org.stocktake.platform.demo;
