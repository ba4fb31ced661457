package org.stocktake.collection;

/** An officer's review of a submitted return. */
public enum Decision {
	ACCEPT, QUERY, REJECT
}
