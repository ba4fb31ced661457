/** User administration and the audit trail, for admins only. */
package org.stocktake.platform.admin;
