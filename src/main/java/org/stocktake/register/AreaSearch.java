package org.stocktake.register;

/** Filters of the register's list: any of them may be null. */
public record AreaSearch(String q, AreaType type, Region region, Boolean current) {

	public static AreaSearch everything() {
		return new AreaSearch(null, null, null, null);
	}
}
