package org.stocktake.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.stocktake.oversight.Inspection;
import org.stocktake.oversight.InspectionFilter;
import org.stocktake.oversight.Inspections;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Browser;
import org.stocktake.support.BrowserTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Following the sector's inspections and intervention in a browser; every page on the way is checked for accessibility. */
@BrowserTest
@DisplayName("Oversight in a browser")
class OversightJourneyTests {

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("anyone sees where grades stand in a region and follows an authority to its register page")
	void inspectionsByRegion(Browser browser) {
		browser.visit("/inspections").select("Region", "North West").clickButton("Apply filters");
		assertThat(browser.currentPath()).contains("region=E12000002");
		assertThat(browser.table("by-region")).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("North West"));
		browser.clickLink("Manchester");
		assertThat(browser.heading()).isEqualTo("Manchester City Council");
		assertThat(browser.text()).contains("Sub-judgements");
	}

	@Test
	@DisplayName("an officer records an intervention after an inadequate judgement, then a milestone met")
	void recordIntervention(Browser browser) {
		Inspection inadequate = context.getBean(Inspections.class)
			.all(new InspectionFilter(null, "ofsted", "ilacs"))
			.stream()
			.filter(i -> "inadequate".equals(i.overallGrade()))
			.findFirst()
			.orElseThrow();
		browser.signInAs(new TestUsers(context).create(Role.OFFICER)).visit("/interventions").clickLink("Record an intervention");
		browser.clickButton("Save");
		assertThat(browser.errorSummary()).contains("Enter the authority's GSS code, for example E08000016", "Select the type of intervention");
		browser.fillIn("Authority's GSS code", inadequate.areaGssCode())
			.select("Type of intervention", "Improvement notice")
			.fillIn("Service", "Children's services")
			.fillIn("Start date", inadequate.publicationDate().plusDays(10).toString())
			.fillIn("Judgement that triggered it", inadequate.publicationDate().toString())
			.clickButton("Save");
		assertThat(browser.heading()).isEqualTo("Improvement notice");
		assertThat(browser.text()).contains("Improvement plan in place", inadequate.areaName());
		browser.clickButton("Met on this date");
		assertThat(browser.text()).contains("Your change has been saved.");
		assertThat(browser.table("milestones").get(0)).anySatisfy(cell -> assertThat(cell).startsWith("Met "));
		browser.clickLink("Oversight record of " + inadequate.areaName());
		assertThat(browser.text()).contains("Improvement plan in place: met");
	}

	@Test
	@DisplayName("an officer uploads inspection judgements, checks the preview and confirms")
	void importInspections(Browser browser, @TempDir Path dir) throws IOException {
		String day = LocalDate.of(2023, 12, 1).plusDays(ThreadLocalRandom.current().nextInt(180)).toString();
		Path file = Files.writeString(dir.resolve("cqc.csv"),
				"area,inspectorate,framework,start_date,end_date,publication_date,overall_grade\nE08000016,cqc,la-assessment,,," + day + ",good\n");
		browser.signInAs(new TestUsers(context).create(Role.OFFICER)).visit("/inspections/import")
			.attach("CSV file", file)
			.clickButton("Check the file");
		assertThat(browser.heading()).isEqualTo("Check the import before it is made");
		browser.clickButton("Import");
		assertThat(browser.heading()).isEqualTo("Inspections imported");
		assertThat(browser.text()).contains("1 new, 0 changed, 0 unchanged, 0 skipped");
	}
}
