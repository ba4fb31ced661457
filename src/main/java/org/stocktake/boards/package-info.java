/**
 * The association's boards and their meetings: members by year, agendas of items with their reports
 * (some exempt under Schedule 12A), the meeting pack, the note of each item and the actions that
 * follow. The public reads what is public; members read their own boards' exempt papers; clerks (a
 * grant on top of the officer role) run their boards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Boards", allowedDependencies = { "platform", "people", "register", "reporting" })
package org.stocktake.boards;
