/**
 * Shared infrastructure every business module stands on: the database, security and users, the
 * audit trail, the GOV.UK page layout, problem details, imports, uploaded files and cluster-safe jobs.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
package org.stocktake.platform;

import org.springframework.modulith.ApplicationModule;
