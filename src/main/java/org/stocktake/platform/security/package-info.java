/** Sign-in, roles and grants, access tokens and the access rules every module declares. */
package org.stocktake.platform.security;
