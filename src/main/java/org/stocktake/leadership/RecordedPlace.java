package org.stocktake.leadership;

import java.util.Map;
import java.util.Optional;

import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/**
 * Region and council type as a booking records them: CONTRACT.md's codes, or the words the seed
 * paper's tables use ("Greater London", "Yorkshire & Humber"; "District", "Metropolitan", "Welsh",
 * "Fire", "Parks"), so a table can be entered as it was published.
 */
public final class RecordedPlace {

	private static final Map<String, AreaType> TYPE_WORDS = Map.of("DISTRICT", AreaType.NON_METROPOLITAN_DISTRICT, "METROPOLITAN",
			AreaType.METROPOLITAN_DISTRICT, "LONDON", AreaType.LONDON_BOROUGH, "WELSH", AreaType.WELSH_UNITARY, "FIRE",
			AreaType.FIRE_AND_RESCUE, "PARKS", AreaType.NATIONAL_PARK, "NATIONAL_PARKS", AreaType.NATIONAL_PARK, "COMBINED",
			AreaType.COMBINED_AUTHORITY);

	private static final Map<String, Region> REGION_WORDS = Map.of("GREATER_LONDON", Region.LONDON, "YORKSHIRE_HUMBER",
			Region.YORKSHIRE_AND_THE_HUMBER, "YORKSHIRE_AND_HUMBER", Region.YORKSHIRE_AND_THE_HUMBER, "YORKSHIRE_AND_THE_HUMBER",
			Region.YORKSHIRE_AND_THE_HUMBER, "EAST", Region.EAST_OF_ENGLAND);

	private RecordedPlace() {
	}

	public static Optional<AreaType> councilType(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		AreaType word = TYPE_WORDS.get(Choices.normalise(text));
		return word != null ? Optional.of(word) : AreaType.parse(text);
	}

	public static Optional<Region> region(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Region word = REGION_WORDS.get(Choices.normalise(text.replace("&", "and")));
		if (word == null) {
			word = REGION_WORDS.get(Choices.normalise(text));
		}
		return word != null ? Optional.of(word) : Region.parse(text);
	}
}
