/**
 * Knowledge the sector shares: the good-practice library of case studies with its search, the map of
 * shared service arrangements, and One Public Estate partnerships with their funding.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge", allowedDependencies = { "platform", "register", "data" })
package org.stocktake.knowledge;
