/** Uploaded files stored in the database. */
package org.stocktake.platform.files;
