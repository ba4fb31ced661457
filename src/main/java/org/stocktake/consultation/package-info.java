/**
 * Questionnaires and what people answer to them: consultations such as "Taking stock", event
 * evaluations and impact surveys alike. Respondents answer through unique links; results are
 * aggregated with small cells suppressed; individual responses are read only by analysts, and
 * every such reading is recorded. Other modules build and read questionnaires through
 * {@link org.stocktake.consultation.Consultations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations and surveys",
		allowedDependencies = { "platform", "register", "people", "reporting" })
package org.stocktake.consultation;
