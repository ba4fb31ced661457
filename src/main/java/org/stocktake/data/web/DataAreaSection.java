package org.stocktake.data.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.stocktake.register.Area;
import org.stocktake.register.AreaSection;

/** A link from an authority's page in the register to its data profile. */
@Component
class DataAreaSection implements AreaSection {

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<View> render(Area area) {
		if (!area.type().principalCouncil()) {
			return Optional.empty();
		}
		return Optional.of(new View("data/area-section", "section", area));
	}
}
