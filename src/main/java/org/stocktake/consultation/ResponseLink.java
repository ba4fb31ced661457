package org.stocktake.consultation;

import java.time.Instant;
import java.util.Map;

/**
 * A respondent's unique link. {@code token} is 256 random bits in URL-safe Base64 and is the only
 * thing in the link ({@link #path()}); it identifies no one by itself.
 */
public record ResponseLink(long id, long questionnaireId, String token, Long personId, String email, String name, String authorityGss,
		String role, Map<String, String> tags, Source source, Instant revokedAt, Instant createdAt) {

	public enum Source {
		INVITATION, SELF_REQUESTED, OFFICER, API
	}

	public ResponseLink {
		tags = tags == null ? Map.of() : Map.copyOf(tags);
	}

	public String path() {
		return "/respond/" + token;
	}

	public boolean revoked() {
		return revokedAt != null;
	}
}
