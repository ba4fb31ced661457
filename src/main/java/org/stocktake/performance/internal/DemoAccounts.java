package org.stocktake.performance.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stocktake.performance.FinancialYear;
import org.stocktake.performance.ManagementAccounts;

/**
 * The association's management accounts for 2015/16 as at period 7 (October 2015), in £000s, from Annex
 * C of the Performance and Finance report of 19 January 2016. The seed's text lost the forecast outturn
 * of Dividends; it is the budget (1,500) less the stated budget-to-outturn variance (250) = 1,750.
 */
@Component
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountRepository repository;
	private final ManagementAccounts accounts;
	private final JdbcClient jdbc;

	DemoAccounts(AccountRepository repository, ManagementAccounts accounts, JdbcClient jdbc) {
		this.repository = repository;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	void loadIfMissing() {
		FinancialYear year = DemoPerformance.YEAR;
		if (repository.period(year.start(), 7).isPresent()) {
			return;
		}
		accounts.importPeriod(year, 7, ManagementAccounts.Units.GBP_THOUSANDS, "annex-c-2015-16-P7.csv",
				DemoPerformance.read("performance/demo/2015-16-P7-accounts.csv"), false);
		jdbc.sql("update perf_account_period set demonstration = true where year_start = ? and period = 7").param(year.start()).update();
		log.info("Loaded the 2015/16 period 7 management accounts from the Performance and Finance report of 19 January 2016");
	}
}
