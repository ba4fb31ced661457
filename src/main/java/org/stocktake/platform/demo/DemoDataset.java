package org.stocktake.platform.demo;

/**
 * A module's demonstration data. Beans are loaded in their {@code @Order} (the register before what
 * refers to it) at start-up when {@code stocktake.demo-data} is true, each under a cluster-wide lock.
 */
public interface DemoDataset {

	/** A short name for the lock and the log, e.g. {@code register}. */
	String name();

	/** Loads whatever of the dataset is not there yet; loading twice must change nothing. */
	void loadIfMissing();
}
