/** Persistence, validation and import of the directory and of political control. */
package org.stocktake.people.internal;
