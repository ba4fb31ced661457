package org.stocktake.leadership.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.leadership.NewEvent;
import org.stocktake.people.Party;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.demo.DemoDataset;

/**
 * At first start, the 2015/16 events that seed paper 004 reports evaluations for, each module with
 * the overall satisfaction average the paper gives, and the business plan's targets for the year
 * (Annex A). The paper gives no dates, venues or delegates, so none are invented: the events are
 * undated and have no bookings.
 */
@Component
@Order(85)
class DemoLeadership implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoLeadership.class);

	static final String SOURCE = "Improvement and Innovation Board, 19 January 2016: Highlighting Leadership offer 2015/16, paragraph 6";

	/** An event and its modules' averages in the order the paper lists them. */
	record DemoEvent(String programme, String title, String cohort, Party party, double... averages) {
	}

	static final List<DemoEvent> EVENTS = List.of(
			new DemoEvent("LA", "Leadership Academy 151", "151", null, 3.56, 3.53, 3.87),
			new DemoEvent("LA", "Leadership Academy 152", "152", null, 3.88, 3.92, 3.65),
			new DemoEvent("LA", "Leadership Academy 153", "153", null, 3.67, 3.47, 3.64),
			new DemoEvent("LA", "Leadership Academy 154", "154", null, 3.81, 3.64),
			new DemoEvent("LA", "Leadership Academy 155", "155", null, 3.9),
			new DemoEvent("LA", "Leadership Academy 156", "156", null, 3.47, 3.9),
			new DemoEvent("LE", "Leadership Essentials: Leading Culture Change", null, null, 3.67),
			new DemoEvent("LE", "Leadership Essentials: Consultation & Engagement", null, null, 3),
			new DemoEvent("LE", "Leadership Essentials: New Government & Planning", null, null, 3.48),
			new DemoEvent("LE", "Leadership Essentials: Updating Local Plans", null, null, 3.82),
			new DemoEvent("LE", "Leadership Essentials: Children Services 10", "10", null, 4),
			new DemoEvent("LE", "Leadership Essentials: Children Services 11", "11", null, 3.63),
			new DemoEvent("LE", "Leadership Essentials: Children Services 12", "12", null, 3.73),
			new DemoEvent("LE", "Leadership Essentials: Health & Well-Being 5", "5", null, 3.67),
			new DemoEvent("LE", "Leadership Essentials: Health & Well-Being 6", "6", null, 4.00),
			new DemoEvent("LE", "Leadership Essentials: Health & Well-Being 7", "7", null, 3.2),
			new DemoEvent("LE", "Leadership Essentials: Finance 2", "2", null, 3.36),
			new DemoEvent("LE", "Leadership Essentials: Finance 3", "3", null, 3.47),
			new DemoEvent("LE", "Leadership Essentials: Fire 5", "5", null, 3.8),
			new DemoEvent("LE", "Leadership Essentials: Digital Leadership 3", "3", null, 3.5),
			new DemoEvent("LE", "Leadership Essentials: Sport 12", "12", null, 3.69),
			new DemoEvent("LE", "Leadership Essentials: Sport 13", "13", null, 3.64),
			new DemoEvent("LE", "Leadership Essentials: Lead Planning Services", null, null, 3.57),
			new DemoEvent("LE", "Leadership Essentials: Adult Social Care 2", "2", null, 3.33),
			new DemoEvent("LE", "Leadership Essentials: Culture Services 5", "5", null, 3.42),
			new DemoEvent("LE", "Leadership Essentials: Commissioning 3", "3", null, 3.22),
			new DemoEvent("FOL", "Focus on Leadership: Young Councillors Event", null, null, 3.73),
			new DemoEvent("FOL", "Focus on Leadership: Effective Opposition 2", "2", null, 3.13),
			new DemoEvent("NXG", "Next Generation Conservative", "2015/16", Party.CONSERVATIVE, 3.5),
			new DemoEvent("NXG", "Next Generation Independent Group", "2015/16", Party.INDEPENDENT, 3.8, 3.9),
			new DemoEvent("NXG", "Next Generation Labour", "2015/16", Party.LABOUR, 3.9, 3.9),
			new DemoEvent("NXG", "Next Generation Liberal Democrat", "2015/16", Party.LIBERAL_DEMOCRAT, 3.6),
			new DemoEvent("LEAD", "Leaders' Programme", "2015/16", null, 3.55, 3.6));

	private final LeadershipRepository repository;
	private final EvaluationRepository evaluations;
	private final TableQueries tables;

	DemoLeadership(LeadershipRepository repository, EvaluationRepository evaluations, TableQueries tables) {
		this.repository = repository;
		this.evaluations = evaluations;
		this.tables = tables;
	}

	@Override
	public String name() {
		return "leadership";
	}

	@Transactional
	@Override
	public void loadIfMissing() {
		int added = 0;
		for (DemoEvent e : EVENTS) {
			if (repository.event(e.programme(), e.title()).isPresent()) {
				continue;
			}
			List<LocalDate> undated = new ArrayList<>(Collections.nCopies(e.averages().length, (LocalDate) null));
			long id = repository.insertEvent(new NewEvent(e.programme(), e.title(), e.cohort(), null, null, null, null, null, e.party(), undated),
					AuditLog.SYSTEM);
			var modules = repository.modules(List.of(id)).get(id);
			for (int i = 0; i < e.averages().length; i++) {
				evaluations.reportIfMissing(modules.get(i).id(), BigDecimal.valueOf(e.averages()[i]), SOURCE);
			}
			added++;
		}
		tables.insertTargetIfMissing("2015/16", "Development opportunities for at least 500 councillors with leadership roles (business plan, Annex A)",
				"LA,LE,FOL", 500);
		tables.insertTargetIfMissing("2015/16", "Next Generation: councillors supported (business plan, Annex A)", "NXG", 50);
		if (added > 0) {
			log.info("Loaded {} leadership events of 2015/16 with the satisfaction averages seed paper 004 reports (no dates, no delegates)", added);
		}
	}
}
