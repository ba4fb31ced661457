package org.stocktake.register;

import java.time.LocalDate;
import java.util.List;

/**
 * An authority in the register. {@code code} is the stable key (mySociety's local-authority-code);
 * {@code gssCode} is the ONS code of its area, which changes when boundaries do.
 */
public record Area(String code, String gssCode, String name, String officialName, AreaType type, Region region,
		String parentCode, String parentGssCode, LocalDate startDate, LocalDate endDate, boolean current,
		Integer population2020, List<String> formerGssCodes, List<String> successorGssCodes,
		List<String> predecessorGssCodes) {

	public Area {
		formerGssCodes = List.copyOf(formerGssCodes);
		successorGssCodes = List.copyOf(successorGssCodes);
		predecessorGssCodes = List.copyOf(predecessorGssCodes);
	}
}
