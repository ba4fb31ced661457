package org.stocktake.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.stocktake.platform.jobs.ClusterLock;

/** Loads every module's demonstration data in order; instances starting together take turns through the lock. */
@Component
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final ObjectProvider<DemoDataset> datasets;
	private final ClusterLock lock;
	private final boolean enabled;

	DemoData(ObjectProvider<DemoDataset> datasets, ClusterLock lock, @Value("${stocktake.demo-data:true}") boolean enabled) {
		this.datasets = datasets;
		this.lock = lock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		datasets.orderedStream().forEach(dataset -> {
			long started = System.nanoTime();
			lock.runExclusively("demo-data." + dataset.name(), dataset::loadIfMissing);
			log.debug("Demonstration data '{}' checked in {} ms", dataset.name(), (System.nanoTime() - started) / 1_000_000);
		});
	}
}
