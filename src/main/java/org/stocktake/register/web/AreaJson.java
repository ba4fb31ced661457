package org.stocktake.register.web;

import java.time.LocalDate;
import java.util.List;

import org.stocktake.register.Area;

/** An authority as the API returns it. */
record AreaJson(String gssCode, String name, String officialName, String type, String region, String regionName,
		boolean current, String parentGssCode, LocalDate startDate, LocalDate endDate, List<String> successorGssCodes,
		List<String> predecessorGssCodes, List<String> formerGssCodes, String localAuthorityCode, boolean upperTier,
		boolean lowerTier, Integer population2020) {

	static AreaJson of(Area a) {
		return new AreaJson(a.gssCode(), a.name(), a.officialName(), a.type().name(), a.region().code(), a.region().displayName(),
				a.current(), a.parentGssCode(), a.startDate(), a.endDate(), a.successorGssCodes(), a.predecessorGssCodes(),
				a.formerGssCodes(), a.code(), a.type().upperTier(), a.type().lowerTier(), a.population2020());
	}
}
