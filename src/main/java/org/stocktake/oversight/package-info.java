/**
 * Sector oversight: inspection judgements on authorities under every inspectorate's framework, and
 * what they add up to across the sector (current grades, transitions between inspections, who is yet
 * to be inspected).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight", allowedDependencies = { "platform", "register", "data", "improvement", "people" })
package org.stocktake.oversight;
