/**
 * Leadership programmes: programmes, their events and modules, bookings of councillors and officers
 * (with what was recorded about them at booking), waiting lists and attendance, the board's
 * cross-tabulations, end-of-event evaluations, impact surveys and the alumni's later roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leadership", allowedDependencies = { "platform", "register", "people",
		"reporting" })
package org.stocktake.leadership;
