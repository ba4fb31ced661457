/** Pages and API of the leadership module. */
package org.stocktake.leadership.web;
