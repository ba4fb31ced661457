/**
 * The benchmarking data service: the catalogue of measures, their values by area and period with
 * statuses and revisions, value imports, comparisons within comparator groups, and the public data API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data", allowedDependencies = { "platform", "register", "reporting" })
package org.stocktake.data;
