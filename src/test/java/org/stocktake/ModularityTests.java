package org.stocktake;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules may only use each other's published types, and only along their declared dependencies. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(StocktakeApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyBusinessModuleIsKnown() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("boards", "collection", "consultation", "data", "improvement", "knowledge", "leadership", "oversight", "people", "performance", "platform", "register", "reporting");
	}

	@Test
	void writesTheModuleDiagramsIntoTheBuild() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}
}
