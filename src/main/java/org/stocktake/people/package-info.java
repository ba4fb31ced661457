/**
 * The directory of people: councillors, council officers and the association's officers with their
 * roles over time, and the political control of each council by year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "platform", "register" })
package org.stocktake.people;
