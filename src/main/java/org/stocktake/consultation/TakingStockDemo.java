package org.stocktake.consultation;

import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.platform.demo.DemoDataset;

/**
 * The "Taking stock" consultation of seed paper 001 (the LGA's consultation on sector-led
 * improvement), set up from the paper's own words: its 21 questions and answer options, and its
 * closing date, Friday 13 March 2015 (taken as the end of that day, London time). It is published
 * and, being long closed, shows as closed. No responses are loaded: none are in the data.
 */
@Component
@Order(75)
class TakingStockDemo implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(TakingStockDemo.class);

	static final String SLUG = "taking-stock";
	static final String DONT_KNOW = "Don't know";
	static final String[] YES_NO = { "Yes", "No", DONT_KNOW };

	private final Consultations consultations;

	TakingStockDemo(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public String name() {
		return "consultation";
	}

	@Override
	@Transactional
	public void loadIfMissing() {
		if (consultations.find(SLUG).isPresent()) {
			return;
		}
		Questionnaire q = consultations.create(takingStock(), true);
		consultations.publish(q.id());
		log.info("Loaded the demonstration consultation '{}'", q.title());
	}

	static NewQuestionnaire takingStock() {
		NewSection principles = new NewSection("Key principles and future challenges", null, List.of(
				NewQuestion.single("q1", "Given the current and future challenges facing the sector, are the principles on which sector-led improvement is based still the right ones?",
						"Yes, they are still all relevant exactly as they are", "Yes they are generally relevant, but I suggest some changes",
						"No, none of them are relevant now", DONT_KNOW).numbered("1"),
				NewQuestion.freeText("q2", "If you answered no, or suggested changes, what would you suggest as alternatives/ additions?").numbered("2")
					.shownWhen("q1", "Yes they are generally relevant, but I suggest some changes", "No, none of them are relevant now"),
				NewQuestion.freeText("q3", "How should the increasing role that councils play in working with other parts of the public sector on a place-based approach be reflected in sector-led improvement?").numbered("3"),
				NewQuestion.freeText("q4", "Is there more that all councils should do to strengthen local accountability in their areas? If so what?").numbered("4"),
				NewQuestion.freeText("q5", "Do councils or the LGA need to do any more to ensure that local people and others have the comparative performance data they need to hold councils to account? If so what?").numbered("5"),
				NewQuestion.freeText("q6", "Is there anything more that needs to be done to help councillors exercise effective scrutiny?").numbered("6")));
		NewSection assurance = new NewSection("Improvement, assurance and intervention", null, List.of(
				NewQuestion.freeText("q7", "Do you have any views on the core components of a corporate peer challenge?").numbered("7"),
				NewQuestion.single("q8", "Should all authorities be expected to have a corporate peer challenge on a regular basis, say every four years?", YES_NO).numbered("8"),
				NewQuestion.single("q9", "Should all corporate peer challenge reports be published?", "Yes – all should be published",
						"Yes – unless there are exceptional circumstances", "No – this should be a matter of local choice", DONT_KNOW).numbered("9"),
				NewQuestion.single("q10", "Should all authorities be expected to produce an action plan following a peer challenge?", YES_NO).numbered("10"),
				NewQuestion.freeText("q11", "Are there other things we should do to limit government's potential appetite for inspection?").numbered("11")));
		NewSection support = new NewSection("Improvement support", null, List.of(
				NewQuestion.freeText("q12", "What changes would you like to see from the LGA's improvement offer?").numbered("12")));
		NewSection children = new NewSection("Children's services, adult social services and health", null, List.of(
				NewQuestion.single("q13", "Is there a continued need for the inspection of services that protect and care for children and young people?", YES_NO).numbered("13"),
				NewQuestion.single("q14", "If you answered yes, should that inspection be carried out by Ofsted?", YES_NO).numbered("14").shownWhen("q13", "Yes"),
				NewQuestion.single("q15", "Is there a continued need for the inspection of councils' school improvement services?", YES_NO).numbered("15"),
				NewQuestion.single("q16", "If you answered yes, should that inspection be carried out by Ofsted?", YES_NO).numbered("16").shownWhen("q15", "Yes"),
				NewQuestion.single("q17", "Should separate inspections of agencies contributing to the protection and care of children, such as councils, health and the police, be replaced by a single inspection of services across all agencies in an area?", YES_NO).numbered("17"),
				NewQuestion.single("q18", "If a new multi-agency inspection for the protection and care of children is developed, should this be delivered through Ofsted, another existing inspectorate or a new inspectorate?",
						"Ofsted", "Another existing inspectorate (e.g. Care Quality Commission, Her Majesty's Inspectorate of Constabulary, Her Majesty's Inspectorate of Probation)",
						"A new inspectorate", DONT_KNOW).numbered("18"),
				NewQuestion.freeText("q19", "Do councils need further support, such as bespoke models of peer review for child sexual exploitation or schools improvement, to meet the challenges faced in children's services? If so, what?").numbered("19"),
				NewQuestion.freeText("q20", "Do you have any comments about the arrangements and support put in place to help councils and their partners implement changes across adults and health programmes?").numbered("20")));
		NewSection conclusion = new NewSection("Conclusion", null, List.of(
				NewQuestion.freeText("q21", "Do you have any other comments about the current approach to sector-led improvement?").numbered("21")));
		return new NewQuestionnaire(SLUG, QuestionnaireKind.CONSULTATION, "Taking stock: where next with sector-led improvement?",
				"This consultation invites the sector's views about the future of sector-led improvement and the shape of the LGA's support offer to the sector. "
						+ "All responses will be treated confidentially by the LGA. Information will be aggregated, and no individual or authority will be identified in any publications without consent.",
				null, ZonedDateTime.of(2015, 3, 13, 23, 59, 0, 0, Consultations.LONDON), null,
				List.of(principles, assurance, support, children, conclusion));
	}
}
