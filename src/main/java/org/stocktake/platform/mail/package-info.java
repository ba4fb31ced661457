/** Outgoing mail through the configured SMTP server. */
package org.stocktake.platform.mail;
