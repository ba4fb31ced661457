package org.stocktake.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stocktake.oversight.WeeklyDigest;
import org.stocktake.platform.jobs.ClusterLock;

/** Sends the weekly oversight digest on Monday mornings, from one instance only. */
@Component
class WeeklyDigestJob {

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigestJob.class);

	private final ClusterLock lock;
	private final WeeklyDigest digest;
	private final Clock clock;

	WeeklyDigestJob(ClusterLock lock, WeeklyDigest digest, Clock clock) {
		this.lock = lock;
		this.digest = digest;
		this.clock = clock;
	}

	// Hourly on Mondays rather than once: an instance that was down at seven still sends the week's
	// digest later that morning, and the per-week record keeps it to one mail per officer.
	@Scheduled(cron = "0 5 7-12 * * MON", zone = "Europe/London")
	void sendWeeklyDigest() {
		lock.runExclusively("oversight.weekly-digest", () -> {
			WeeklyDigest.Run run = digest.send(LocalDate.now(clock));
			if (!run.sentTo().isEmpty()) {
				log.info("Sent the oversight digest for the week of {} to {} officers", run.week(), run.sentTo().size());
			}
		});
	}
}
