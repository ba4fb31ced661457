package org.stocktake.platform.jobs;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stocktake.platform.files.FileStore;

/** Clears uploads kept for import previews that were never confirmed. */
@Component
class Housekeeping {


	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private final ClusterLock lock;
	private final FileStore files;

	Housekeeping(ClusterLock lock, FileStore files) {
		this.lock = lock;
		this.files = files;
	}

	@Scheduled(cron = "0 17 * * * *", zone = "Europe/London")
	void removeAbandonedPreviews() {
		lock.runExclusively("housekeeping.previews", () -> {
			int removed = files.deleteOlderThan(FileStore.IMPORT_PREVIEW, Duration.ofDays(1));
			if (removed > 0) {
				log.info("Removed {} abandoned import previews", removed);
			}
		});
	}
}
