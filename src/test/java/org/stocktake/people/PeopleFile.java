package org.stocktake.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A people import file built row by row for a test, with refs made unique per file so tests never
 * collide on one database: {@code aFile().councillor("a", "Ann", "E08000007").role("LEADER").add()...}.
 */
final class PeopleFile {

	static final String HEADER = "person_ref,name,person_type,authority_gss_code,political_group,email,phone,fictitious,role,role_title,region,start_date,end_date";

	private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
	private final List<String> lines = new ArrayList<>(List.of(HEADER));

	static PeopleFile aFile() {
		return new PeopleFile();
	}

	String ref(String shortRef) {
		return prefix + shortRef;
	}

	/** A unique name for this file, so a search finds only this test's people. */
	String name(String given) {
		return given + " Testperson" + prefix.substring(1, 7);
	}

	/** The surname every person of this file shares, to find them all. */
	String surname() {
		return "Testperson" + prefix.substring(1, 7);
	}

	Row councillor(String shortRef, String given, String authority) {
		return new Row(ref(shortRef), name(given), "COUNCILLOR", authority);
	}

	Row officer(String shortRef, String given, String authority) {
		return new Row(ref(shortRef), name(given), "OFFICER", authority);
	}

	Row associationOfficer(String shortRef, String given) {
		return new Row(ref(shortRef), name(given), "ASSOCIATION_OFFICER", "");
	}

	/** Adds a line exactly as written (for malformed rows). */
	PeopleFile raw(String line) {
		lines.add(line);
		return this;
	}

	String csv() {
		return String.join("\n", lines) + "\n";
	}

	final class Row {
		private final String ref;
		private final String name;
		private final String type;
		private final String authority;
		private String party = "";
		private String email = "";
		private String phone = "";
		private String role = "";
		private String title = "";
		private String region = "";
		private String start = "";
		private String end = "";

		Row(String ref, String name, String type, String authority) {
			this.ref = ref;
			this.name = name;
			this.type = type;
			this.authority = authority;
		}

		Row party(String value) {
			party = value;
			return this;
		}

		Row email(String value) {
			email = value;
			return this;
		}

		Row phone(String value) {
			phone = value;
			return this;
		}

		Row role(String value) {
			role = value;
			return this;
		}

		Row title(String value) {
			title = value;
			return this;
		}

		Row region(String value) {
			region = value;
			return this;
		}

		Row from(String value) {
			start = value;
			return this;
		}

		Row to(String value) {
			end = value;
			return this;
		}

		PeopleFile add() {
			lines.add(String.join(",", ref, name, type, authority, party, email, phone, "false", role, quote(title), region, start, end));
			return PeopleFile.this;
		}

		private String quote(String text) {
			return text.contains(",") ? "\"" + text + "\"" : text;
		}
	}
}
