package org.stocktake.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code app_user}; the rules about accounts live in {@link UserAdministration}. */
@Repository
public class UserStore {

	private static final String COLUMNS = "id, username, display_name, email, role, authority_code, enabled, "
			+ "must_change_password, locked_until, last_login_at, created_at";

	private final JdbcClient jdbc;

	UserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(?)")
			.param(username)
			.query(UserStore::account)
			.optional();
	}

	public Optional<UserAccount> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = ?").param(id).query(UserStore::account).optional();
	}

	public List<UserAccount> findAll() {
		return jdbc.sql("select " + COLUMNS + " from app_user order by lower(username)").query(UserStore::account).list();
	}

	Optional<String> passwordHash(long id) {
		return jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).optional();
	}

	long insert(String username, String passwordHash, String displayName, String email, Role role, String authorityCode,
			boolean mustChangePassword) {
		return jdbc.sql("""
				insert into app_user (username, password_hash, display_name, email, role, authority_code, must_change_password)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(username, passwordHash, displayName, email, role.name(), authorityCode, mustChangePassword)
			.query(Long.class)
			.single();
	}

	void update(long id, String displayName, String email, Role role, String authorityCode, boolean enabled) {
		jdbc.sql("update app_user set display_name = ?, email = ?, role = ?, authority_code = ?, enabled = ? where id = ?")
			.params(displayName, email, role.name(), authorityCode, enabled, id)
			.update();
	}

	void setPassword(long id, String passwordHash, boolean mustChange) {
		jdbc.sql("update app_user set password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = null where id = ?")
			.params(passwordHash, mustChange, id)
			.update();
	}

	boolean anyAdmin() {
		return jdbc.sql("select exists (select 1 from app_user where role = 'ADMIN')").query(Boolean.class).single();
	}

	/** Counts a failure and locks the account once it reaches the limit; one statement, so two instances agree. */
	void recordFailure(String username, int maxFailures, Instant lockUntil) {
		jdbc.sql("""
				update app_user set failed_logins = failed_logins + 1,
				       locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
				where lower(username) = lower(?)""")
			.params(maxFailures, Timestamp.from(lockUntil), username)
			.update();
	}

	void recordSuccess(String username) {
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = now() where lower(username) = lower(?)")
			.param(username)
			.update();
	}

	static UserAccount account(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getString("authority_code"), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), instant(rs, "locked_until"), instant(rs, "last_login_at"),
				instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}
}
