package org.stocktake.collection.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stocktake.collection.Collections;
import org.stocktake.platform.jobs.ClusterLock;

/**
 * Publication on the publication date and the reminders, each on one instance at a time. Both are
 * idempotent (published returns and sent reminders are recorded), so a missed or repeated run is harmless.
 */
@Component
public class CollectionJobs {

	private static final Logger log = LoggerFactory.getLogger(CollectionJobs.class);

	private final ClusterLock lock;
	private final Collections collections;

	CollectionJobs(ClusterLock lock, Collections collections) {
		this.lock = lock;
		this.collections = collections;
	}

	/** Every quarter of an hour, so that figures appear early on their publication day (and after any downtime). */
	@Scheduled(cron = "0 */15 * * * *", zone = "Europe/London")
	public void publishDue() {
		lock.runExclusively("collection.publish", () -> {
			int published = collections.publishDue();
			if (published > 0) {
				log.info("Published {} accepted returns", published);
			}
		});
	}

	@Scheduled(cron = "0 0 8 * * *", zone = "Europe/London")
	public void sendReminders() {
		lock.runExclusively("collection.reminders", () -> {
			int sent = collections.sendDueReminders();
			if (sent > 0) {
				log.info("Reminded {} authorities about their returns", sent);
			}
		});
	}
}
