package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.stocktake.register.Region;

/** An arrangement in which two or more authorities share a service, with its lead and annual savings. */
public record SharedService(long id, String reference, String service, String description, List<Partner> partners, Partner lead,
		LocalDate startDate, BigDecimal annualSavings, Status status, String source) {

	public SharedService {
		partners = List.copyOf(partners);
	}

	public enum Status {
		PLANNED, ACTIVE, ENDED
	}

	/** A partner authority at its centroid (latitude and longitude of the register's record), when known. */
	public record Partner(String gssCode, String name, Region region, String type, Double latitude, Double longitude) {
	}
}
