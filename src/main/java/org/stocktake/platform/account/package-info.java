/** A signed-in user's own account: password and personal access tokens. */
package org.stocktake.platform.account;
