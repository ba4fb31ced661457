package org.stocktake.people.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stocktake.platform.demo.DemoDataset;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.UnprocessableException;

/**
 * At first start, after the register: the real political control of every council 2016–2026, and a
 * handful of clearly fictitious association officers (marked {@code fictitious}) for later modules
 * to assign. No real person is ever invented.
 */
@Component
@Order(20)
class DemoPeople implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
	static final String PEOPLE = "demo/people/fictitious-people.csv";

	private final PoliticalControlLoader politicalControl;
	private final PersonImport personImport;
	private final PersonRepository people;

	DemoPeople(PoliticalControlLoader politicalControl, PersonImport personImport, PersonRepository people) {
		this.politicalControl = politicalControl;
		this.personImport = personImport;
		this.people = people;
	}

	@Override
	public String name() {
		return "people";
	}

	@Override
	public void loadIfMissing() {
		PoliticalControlLoader.Report report = politicalControl.loadIfEmpty();
		if (report.rowsLoaded() > 0) {
			log.info("Loaded political control: {} council-years for {} authorities; {} Scottish or Northern Irish rows skipped; "
					+ "not matched to the register: {}; duplicates: {}", report.rowsLoaded(), report.authorities(), report.outsideScope(),
					report.unmatched().isEmpty() ? "none" : String.join(", ", report.unmatched()),
					report.duplicates().isEmpty() ? "none" : String.join(", ", report.duplicates()));
		}
		if (people.count() == 0) {
			try {
				ImportResult result = personImport.run(PoliticalControlLoader.read(PEOPLE), false);
				log.info("Loaded {} fictitious demonstration people", result.inserted());
			}
			catch (UnprocessableException ex) {
				ex.errors().forEach(e -> log.error("{} line {} column {} value '{}': {}", PEOPLE, e.row(), e.column(), e.value(), e.message()));
				throw ex;
			}
		}
	}
}
