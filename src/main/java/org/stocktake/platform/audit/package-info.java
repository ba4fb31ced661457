/** The audit trail of every change to a business record, and the admins' page to search it. */
package org.stocktake.platform.audit;
