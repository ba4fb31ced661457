package org.stocktake.platform.security;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.mail.Mailer;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * The rules about accounts: who can be created, how passwords are chosen and reset, which grants an
 * account holds. Every change is audited; a change of role or a disabled account ends its sessions.
 */
@Service
public class UserAdministration {

	static final int MIN_PASSWORD_LENGTH = 12;
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserStore users;
	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;
	private final Mailer mailer;
	private final SecureRandom random = new SecureRandom();

	UserAdministration(UserStore users, JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit,
			FindByIndexNameSessionRepository<? extends Session> sessions, Mailer mailer) {
		this.users = users;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
		this.mailer = mailer;
	}

	/** What an admin may set on an account. */
	public record AccountDetails(String username, String displayName, String email, Role role, String authorityCode,
			boolean enabled) {
	}

	public record Grant(String permission, String scope, String grantedBy, java.time.Instant grantedAt) {
	}

	/** Creates an account with a one-time password, which is returned to be handed over once. */
	@Transactional
	public String create(AccountDetails details) {
		validate(details, true);
		String oneTime = oneTimePassword();
		long id = users.insert(details.username().trim(), encoder.encode(oneTime), details.displayName().trim(), blankToNull(details.email()),
				details.role(), authorityFor(details), true);
		audit.created("user", Long.toString(id), "User " + details.username() + " created", snapshot(details));
		return oneTime;
	}

	/** Creates an account with a password someone chose (the first admin from the environment, test fixtures). */
	@Transactional
	public long createWithPassword(AccountDetails details, String password, boolean mustChange) {
		validate(details, true);
		checkPassword(details.username(), password, "password");
		long id = users.insert(details.username().trim(), encoder.encode(password), details.displayName().trim(), blankToNull(details.email()),
				details.role(), authorityFor(details), mustChange);
		audit.created("user", Long.toString(id), "User " + details.username() + " created", snapshot(details));
		return id;
	}

	@Transactional
	public void update(long id, AccountDetails details) {
		UserAccount before = users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
		validate(details, false);
		users.update(id, details.displayName().trim(), blankToNull(details.email()), details.role(), authorityFor(details), details.enabled());
		audit.updated("user", Long.toString(id), "User " + before.username() + " changed", snapshot(before),
				snapshot(new AccountDetails(before.username(), details.displayName(), details.email(), details.role(),
						authorityFor(details), details.enabled())));
		if (before.role() != details.role() || (before.enabled() && !details.enabled())
				|| !java.util.Objects.equals(before.authorityCode(), authorityFor(details))) {
			endSessions(before.username());
		}
	}

	@Transactional
	public String resetPassword(long id) {
		UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
		String oneTime = oneTimePassword();
		users.setPassword(id, encoder.encode(oneTime), true);
		audit.updated("user", Long.toString(id), "Password of " + account.username() + " reset by an admin", null,
				Map.of("mustChangePassword", true));
		endSessions(account.username());
		return oneTime;
	}

	@Transactional
	public void changeOwnPassword(long id, String current, String chosen, String confirmation) {
		UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
		String hash = users.passwordHash(id).orElseThrow();
		if (current == null || !encoder.matches(current, hash)) {
			throw new BadRequestException("currentPassword", null, "Enter your current password correctly");
		}
		checkPassword(account.username(), chosen, "newPassword");
		if (!chosen.equals(confirmation)) {
			throw new BadRequestException("confirmPassword", null, "The two new passwords do not match");
		}
		if (encoder.matches(chosen, hash)) {
			throw new BadRequestException("newPassword", null, "Choose a password different from your current one");
		}
		users.setPassword(id, encoder.encode(chosen), false);
		audit.updated("user", Long.toString(id), "Password of " + account.username() + " changed by its owner", null,
				Map.of("mustChangePassword", false));
		// Tell the owner, so that a password changed by someone else does not go unnoticed.
		mailer.send(account.email(), "Your Stocktake password was changed", """
				Hello %s,

				The password of your Stocktake account %s has just been changed.
				If you did not do this, ask your Stocktake administrator to reset it now.
				""".formatted(account.displayName(), account.username()));
	}

	public List<Grant> grants(long userId) {
		return jdbc.sql("select permission, scope, granted_by, granted_at from user_grant where user_id = ? order by permission, scope")
			.param(userId)
			.query((rs, i) -> new Grant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	public boolean hasGrant(long userId, String permission, String scope) {
		return jdbc.sql("select exists (select 1 from user_grant where user_id = ? and permission = ? and scope in (?, ''))")
			.params(userId, permission, scope == null ? "" : scope)
			.query(Boolean.class)
			.single();
	}

	@Transactional
	public void grant(long userId, String permission, String scope) {
		users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
		if (permission == null || !permission.matches("[A-Z][A-Z_]{1,59}")) {
			throw new BadRequestException("permission", permission, "A permission is written in capitals, such as BOARD_CLERK");
		}
		String s = scope == null ? "" : scope.trim();
		int added = jdbc.sql("insert into user_grant (user_id, permission, scope, granted_by) values (?, ?, ?, ?) on conflict do nothing")
			.params(userId, permission, s, AuditLog.currentActor())
			.update();
		if (added == 1) {
			audit.created("user-grant", userId + "/" + permission + "/" + s, "Granted " + permission + " to user " + userId,
					Map.of("userId", userId, "permission", permission, "scope", s));
		}
	}

	@Transactional
	public void revoke(long userId, String permission, String scope) {
		String s = scope == null ? "" : scope;
		int removed = jdbc.sql("delete from user_grant where user_id = ? and permission = ? and scope = ?").params(userId, permission, s).update();
		if (removed == 1) {
			audit.deleted("user-grant", userId + "/" + permission + "/" + s, "Revoked " + permission + " from user " + userId,
					Map.of("userId", userId, "permission", permission, "scope", s));
		}
	}

	boolean firstAdminNeeded() {
		return !users.anyAdmin();
	}

	private void validate(AccountDetails d, boolean creating) {
		List<FieldError> errors = new java.util.ArrayList<>();
		if (creating) {
			if (d.username() == null || !d.username().trim().matches("[A-Za-z0-9._@-]{3,100}")) {
				errors.add(FieldError.field("username", d.username(),
						"Enter a username of 3 to 100 letters, digits, dots, hyphens, underscores or @"));
			}
			else if (users.findByUsername(d.username().trim()).isPresent()) {
				errors.add(FieldError.field("username", d.username(), "That username is already taken"));
			}
		}
		if (d.displayName() == null || d.displayName().isBlank()) {
			errors.add(FieldError.field("displayName", d.displayName(), "Enter the person's name"));
		}
		if (d.email() != null && !d.email().isBlank() && !d.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add(FieldError.field("email", d.email(), "Enter an email address in the correct format, like name@example.org"));
		}
		if (d.role() == null) {
			errors.add(FieldError.field("role", null, "Select a role"));
		}
		else if (d.role() == Role.COUNCIL && (d.authorityCode() == null || !d.authorityCode().trim().matches("[EW][0-9]{8}"))) {
			errors.add(FieldError.field("authorityCode", d.authorityCode(),
					"A council user needs the GSS code of their authority, like E07000223"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
	}

	private static void checkPassword(String username, String password, String field) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new BadRequestException(field, null, "Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (password.length() > 128) {
			throw new BadRequestException(field, null, "Choose a password of at most 128 characters");
		}
		if (username != null && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
			throw new BadRequestException(field, null, "Your password must not contain your username");
		}
	}

	private static String authorityFor(AccountDetails d) {
		return d.role() == Role.COUNCIL && d.authorityCode() != null ? d.authorityCode().trim().toUpperCase(java.util.Locale.ROOT) : null;
	}

	private String oneTimePassword() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

	private void endSessions(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

	private static Map<String, Object> snapshot(AccountDetails d) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("username", d.username());
		map.put("displayName", d.displayName());
		map.put("email", d.email());
		map.put("role", d.role());
		map.put("authorityCode", d.authorityCode());
		map.put("enabled", d.enabled());
		return map;
	}

	private static Map<String, Object> snapshot(UserAccount a) {
		return snapshot(new AccountDetails(a.username(), a.displayName(), a.email(), a.role(), a.authorityCode(), a.enabled()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
