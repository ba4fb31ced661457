package org.stocktake.consultation;

/** What a questionnaire is for; the engine treats them all alike. */
public enum QuestionnaireKind {
	CONSULTATION, EVALUATION, IMPACT_SURVEY, SURVEY
}
