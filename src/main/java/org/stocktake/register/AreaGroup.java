package org.stocktake.register;

import java.util.List;

/**
 * A named set of authorities: a combined authority's constituent councils, a fire and rescue
 * authority's area, a partnership, or a user's own list. Any of them can be a comparator group.
 */
public record AreaGroup(String id, String name, Kind kind, String description, String areaGssCode, String source,
		String createdBy, List<String> memberGssCodes) {

	public enum Kind {
		COMBINED_AUTHORITY, FIRE_AND_RESCUE_AREA, PARTNERSHIP, USER_DEFINED;

		public boolean editable() {
			return this == PARTNERSHIP || this == USER_DEFINED;
		}
	}

	public AreaGroup {
		memberGssCodes = List.copyOf(memberGssCodes);
	}
}
