package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.util.List;

import org.stocktake.register.Region;

/**
 * A One Public Estate partnership in one phase of the programme: its member authorities (register
 * GSS codes, in the order the source lists them), its lead and the funding awarded. A part-funded
 * award names the financial years it is split across.
 */
public record OpePartnership(long id, int phase, String name, Region region, List<Member> members, Lead lead,
		BigDecimal fundingAwarded, List<String> partFundingYears, String source) {

	public OpePartnership {
		members = List.copyOf(members);
		partFundingYears = List.copyOf(partFundingYears);
	}

	public boolean partFunded() {
		return !partFundingYears.isEmpty();
	}

	/** A member authority as the register knows it (name as of now; a former authority keeps its own name). */
	public record Member(String gssCode, String name) {
	}

	/** Who leads: an authority of the register, another body (such as "Place Partnership"), or nobody named yet. */
	public record Lead(Kind kind, String gssCode, String name) {

		public enum Kind {
			AUTHORITY, OTHER_BODY, NOT_NAMED
		}

		public static Lead notNamed() {
			return new Lead(Kind.NOT_NAMED, null, null);
		}
	}
}
