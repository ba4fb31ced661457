/**
 * Holding the programme to account: business plans with themes and targets, quarterly returns, RAG
 * ratings (rules held as data, officers' overrides with commentary), management accounts rated by the
 * association's key, programme outcomes and the six-monthly performance and finance report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance", allowedDependencies = { "platform", "reporting", "improvement" })
package org.stocktake.performance;
