package org.stocktake.consultation;

import java.util.Map;

/**
 * Who a link is issued to: a person of the directory ({@code personId}) or just an email address,
 * with the authority and role used to break results down, and context tags (such as
 * {@code event=42}) that let a reusing module group responses. None of this appears in the link.
 */
public record Respondent(Long personId, String email, String name, String authorityGss, String role, Map<String, String> tags) {

	public Respondent {
		tags = tags == null ? Map.of() : Map.copyOf(tags);
		if (personId == null && (email == null || email.isBlank()) && name == null) {
			throw new IllegalArgumentException("A respondent is a person, an email address or a name");
		}
	}

	public static Respondent person(long personId) {
		return new Respondent(personId, null, null, null, null, Map.of());
	}

	public static Respondent email(String email) {
		return new Respondent(null, email, null, null, null, Map.of());
	}

	public Respondent withTags(Map<String, String> contextTags) {
		return new Respondent(personId, email, name, authorityGss, role, contextTags);
	}

	public Respondent withTag(String key, String value) {
		java.util.Map<String, String> t = new java.util.HashMap<>(tags);
		t.put(key, value);
		return withTags(t);
	}

	public Respondent at(String authority, String respondentRole) {
		return new Respondent(personId, email, name, authority, respondentRole, tags);
	}
}
