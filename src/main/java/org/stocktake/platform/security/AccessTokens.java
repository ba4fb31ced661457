package org.stocktake.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.mail.Mailer;

/**
 * Personal access tokens for scripts: 256 random bits shown once; only their SHA-256 is stored, so a
 * copy of the database does not reveal them.
 */
@Service
public class AccessTokens {

	static final String PREFIX = "stk_";

	private final JdbcClient jdbc;
	private final UserStore users;
	private final AuditLog audit;
	private final Clock clock;
	private final Mailer mailer;
	private final SecureRandom random = new SecureRandom();

	AccessTokens(JdbcClient jdbc, UserStore users, AuditLog audit, Clock clock, Mailer mailer) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.mailer = mailer;
	}

	public record TokenInfo(long id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {
		public boolean active(Instant now) {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
		}
	}

	/** Creates a token and returns its secret, which is never shown again. */
	@Transactional
	public String create(long userId, String name, Instant expiresAt) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String hint = secret.substring(0, PREFIX.length() + 4) + "…";
		long id = jdbc.sql("insert into access_token (user_id, name, token_hash, token_hint, expires_at) values (?, ?, ?, ?, ?) returning id")
			.params(userId, name, sha256(secret), hint, expiresAt == null ? null : Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		audit.created("access-token", Long.toString(id), "Access token '" + name + "' for user " + userId,
				Map.of("userId", userId, "name", name, "hint", hint));
		users.findById(userId).ifPresent(owner -> mailer.send(owner.email(), "A Stocktake access token was created", """
				Hello %s,

				An access token named "%s" (starting %s) was created for your Stocktake account %s.
				Anyone holding it can use the API as you. If you did not create it, revoke it on your account page.
				""".formatted(owner.displayName(), name, hint, owner.username())));
		return secret;
	}

	public List<TokenInfo> forUser(long userId) {
		return jdbc.sql("select id, name, token_hint, created_at, expires_at, last_used_at, revoked_at from access_token where user_id = ? order by created_at desc")
			.param(userId)
			.query((rs, i) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("token_hint"),
					ts(rs.getTimestamp("created_at")), ts(rs.getTimestamp("expires_at")),
					ts(rs.getTimestamp("last_used_at")), ts(rs.getTimestamp("revoked_at"))))
			.list();
	}

	@Transactional
	public boolean revoke(long userId, long tokenId) {
		int changed = jdbc.sql("update access_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(tokenId, userId)
			.update();
		if (changed == 1) {
			audit.updated("access-token", Long.toString(tokenId), "Access token revoked", Map.of("revoked", false),
					Map.of("revoked", true));
		}
		return changed == 1;
	}

	Optional<UserAccount> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Long> userId = jdbc.sql("""
				update access_token set last_used_at = now()
				where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)
				returning user_id""")
			.params(sha256(secret), Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
		return userId.flatMap(users::findById).filter(UserAccount::enabled);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant ts(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
