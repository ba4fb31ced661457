/**
 * Local data collection: councils submit in-year figures for a collection's measures and period,
 * validated by rules held as data, reviewed by officers and published to the data module on the
 * collection's publication date (an embargo until then).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collection", allowedDependencies = { "platform", "register", "data" })
package org.stocktake.collection;
