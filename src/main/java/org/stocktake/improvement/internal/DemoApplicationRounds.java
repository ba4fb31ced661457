package org.stocktake.improvement.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.improvement.ApplicationRound;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.demo.DemoDataset;

/**
 * Application rounds whose totals the association's own board papers report, quoted from the seed
 * papers with their paragraph; no bids are invented behind the totals, and figures a paper does not
 * give are left empty.
 */
@Component
@Order(55)
class DemoApplicationRounds implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoApplicationRounds.class);

	record Round(String key, String programme, String name, LocalDate opened, LocalDate closed, LocalDate awarded, ApplicationRound.Figures figures,
			String source) {
	}

	static final List<Round> ROUNDS = List.of(
			new Round("ope-phase-3", "One Public Estate", "Phase 3", null, LocalDate.of(2015, 10, 16), LocalDate.of(2015, 12, 3),
					new ApplicationRound.Figures(29, 128, 24, 108),
					"LGA Improvement and Innovation Board, 19 January 2016, paragraph 30: \"At the close of the application process on 16th October "
							+ "2015, 29 applications involving 128 councils had been received … on 3rd December a Ministerial announcement was made "
							+ "confirming that 24 partnerships involving 108 councils would join the programme.\""),
			new Round("digital-experts-2015", "Digital Experts", "Funded projects 2015/16", null, null, null,
					new ApplicationRound.Figures(65, null, 27, 42),
					"LGA Improvement and Innovation Board, 19 January 2016, paragraph 6: \"The LGA funded 27 digital expert projects involving 42 "
							+ "councils following an application process which resulted in 65 bids from councils.\""),
			new Round("economic-growth-advisers-phase-3", "Economic Growth Advisers", "Phase 3", LocalDate.of(2015, 7, 1), null, null,
					new ApplicationRound.Figures(6, 15, null, null),
					"LGA Improvement and Innovation Board, 19 January 2016, performance report: \"Phase three of the Economic Growth Adviser "
							+ "programme was launched in July 2015 and 6 bids have been received so far involving 15 councils.\" (July 2015 is taken as the "
							+ "first of the month.)"),
			new Round("housing-advisers-2019-20", "Housing Advisers Programme", "2019/20", LocalDate.of(2019, 7, 1), null, null,
					new ApplicationRound.Figures(null, null, 24, null),
					"LGA board report, 2020: \"The LGA launched the 2019/20 programme in July 2019 and we are pleased to have funded 24 successful "
							+ "projects.\" (July 2019 is taken as the first of the month.)"));

	private final SupportRepository repository;

	DemoApplicationRounds(SupportRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "application-rounds";
	}

	@Override
	@Transactional
	public void loadIfMissing() {
		int loaded = 0;
		for (Round r : ROUNDS) {
			if (!repository.demoRoundExists(r.key())) {
				repository.insertRound(r.programme(), r.name(), r.opened(), r.closed(), r.awarded(), r.figures(), r.source(), r.key(), AuditLog.SYSTEM);
				loaded++;
			}
		}
		log.info("Loaded {} application rounds reported in the association's board papers", loaded);
	}
}
