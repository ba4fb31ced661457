package org.stocktake.register;

import java.util.Optional;

/**
 * A section another module adds to an authority's page (political control, inspections …), so the
 * register shows it without depending on that module.
 */
public interface AreaSection {

	int order();

	/** The template and fragment to render with {@code data}, or empty when there is nothing to show. */
	Optional<View> render(Area area);

	record View(String template, String fragment, Object data) {
	}
}
