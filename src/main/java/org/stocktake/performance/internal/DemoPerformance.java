package org.stocktake.performance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.performance.FinancialYear;
import org.stocktake.performance.TargetImport;
import org.stocktake.platform.demo.DemoDataset;

/**
 * At first start, the association's 2015/16 plan as its Performance and Finance report to the
 * Improvement and Innovation Board of 19 January 2016 (agenda item 6) published it: the 26 key targets
 * of Annex A with what was delivered by the end of September and the officers' ratings, the quarterly
 * figures of Annex B, and the management accounts of Annex C (period 7). Real published figures, from
 * the seed paper; nothing is invented.
 */
@Component
@Order(70)
class DemoPerformance implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoPerformance.class);

	static final FinancialYear YEAR = new FinancialYear(2015);

	private final PlanRepository plans;
	private final TargetImport targets;
	private final DemoAccounts accounts;

	DemoPerformance(PlanRepository plans, TargetImport targets, DemoAccounts accounts) {
		this.plans = plans;
		this.targets = targets;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "performance";
	}

	@Transactional
	@Override
	public void loadIfMissing() {
		if (plans.plan(YEAR.start()).isEmpty()) {
			plans.insertPlan(YEAR.start(), "Business plan and Memorandum of Understanding 2015/16 (demonstration: the association's published figures)", true);
			targets.run(YEAR, read("performance/demo/2015-16-targets.csv"), false);
			log.info("Loaded the 2015/16 business plan targets from the Performance and Finance report of 19 January 2016");
		}
		accounts.loadIfMissing();
	}

	static byte[] read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
