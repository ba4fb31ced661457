package org.stocktake.people.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.stocktake.people.PoliticalControl;
import org.stocktake.register.Area;

/** An authority's political control by year, with the seats each party held. */
record PoliticalControlJson(String gssCode, String name, String source, String licence, List<Year> years) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Year(int year, String control, int totalSeats, String administration, List<Seats> seats) {
	}

	record Seats(String party, int seats) {
	}

	static PoliticalControlJson of(Area area, List<PoliticalControl> years) {
		return new PoliticalControlJson(area.gssCode(), area.name(), "Open Council Data UK (opencouncildata.co.uk)", "CC BY-SA 4.0",
				years.stream()
					.map(c -> new Year(c.year(), c.control(), c.totalSeats(), c.administration(),
							c.seats().stream().map(s -> new Seats(s.party().name(), s.seats())).toList()))
					.toList());
	}
}
