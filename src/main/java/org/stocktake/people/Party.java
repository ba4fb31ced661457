package org.stocktake.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A political group, as Open Council Data UK counts seats. {@code OTHER} is independents and every
 * smaller group together, as the source counts them.
 */
public enum Party {

	CONSERVATIVE("con", "conservative", "conservatives", "conservative and unionist"),
	LABOUR("lab", "labour", "labour and co-operative", "labour co-operative"),
	LIBERAL_DEMOCRAT("ld", "lib dem", "lib dems", "liberal democrat", "liberal democrats"),
	GREEN("grn", "green", "green party", "greens"),
	REFORM_UK("ref", "reform", "reform uk"),
	UKIP("ukip"),
	PLAID_CYMRU("pc", "plaid", "plaid cymru"),
	SNP("snp", "scottish national party"),
	INDEPENDENT("ind", "independent", "independents"),
	OTHER("other", "others");

	/** What political control is called when no party holds more than half the seats. */
	public static final String NO_OVERALL_CONTROL = "NO_OVERALL_CONTROL";

	private static final Map<String, Party> BY_ALIAS = Map.ofEntries(Arrays.stream(values())
		.flatMap(p -> Arrays.stream(p.aliases).map(a -> Map.entry(a, p)))
		.toArray(Map.Entry[]::new));

	private final String[] aliases;

	Party(String... aliases) {
		this.aliases = aliases;
	}

	public String messageKey() {
		return "party." + name();
	}

	public String shortMessageKey() {
		return "party.short." + name();
	}

	/** Reads a party by its name here (any case) or a usual abbreviation such as Con, Lab, LD. */
	public static Optional<Party> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim().toLowerCase(Locale.ROOT);
		Party byAlias = BY_ALIAS.get(t);
		if (byAlias != null) {
			return Optional.of(byAlias);
		}
		String upper = t.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(values()).filter(p -> p.name().equals(upper)).findFirst();
	}
}
