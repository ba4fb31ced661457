package org.stocktake.platform.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one instance only: the job runs inside a transaction holding a PostgreSQL
 * advisory lock, and an instance that cannot take the lock skips this turn.
 */
@Component
public class ClusterLock {

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	ClusterLock(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** @return whether this instance ran the job */
	public boolean runExclusively(String jobName, Runnable job) {
		Boolean ran = transactions.execute(status -> {
			boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?))").param(jobName).query(Boolean.class).single();
			if (locked) {
				job.run();
			}
			return locked;
		});
		return Boolean.TRUE.equals(ran);
	}
}
