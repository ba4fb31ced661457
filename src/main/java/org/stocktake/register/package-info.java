/**
 * The register of authorities: councils of every type, fire and rescue and combined authorities,
 * their regions, reorganisations and groupings, with its pages, API and import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register", allowedDependencies = { "platform", "reporting" })
package org.stocktake.register;
