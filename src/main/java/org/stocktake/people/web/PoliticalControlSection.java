package org.stocktake.people.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.stocktake.people.Directory;
import org.stocktake.people.Party;
import org.stocktake.people.PoliticalControl;
import org.stocktake.register.Area;
import org.stocktake.register.AreaSection;

/** Political control by year, with seats by party, on an authority's page. */
@Component
class PoliticalControlSection implements AreaSection {

	private final Directory directory;

	PoliticalControlSection(Directory directory) {
		this.directory = directory;
	}

	/** The years, newest first, and the parties that held a seat in any of them (columns of the table). */
	record Table(String gssCode, List<PoliticalControl> years, List<Party> parties) {
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<View> render(Area area) {
		List<PoliticalControl> years = directory.politicalControl(area.gssCode());
		if (years.isEmpty()) {
			return Optional.empty();
		}
		List<Party> parties = Arrays.stream(Party.values()).filter(p -> years.stream().anyMatch(y -> y.seatsOf(p) > 0)).toList();
		List<PoliticalControl> newestFirst = new java.util.ArrayList<>(years);
		java.util.Collections.reverse(newestFirst);
		return Optional.of(new View("people/political-control", "section", new Table(area.gssCode(), newestFirst, parties)));
	}
}
