package org.stocktake.platform.files;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stocktake.platform.audit.AuditLog;

/** Uploaded files, kept in PostgreSQL so that every instance sees the same ones. */
@Component
public class FileStore {

	/** Files kept between an import's preview and its confirmation. */
	public static final String IMPORT_PREVIEW = "import-preview";

	private final JdbcClient jdbc;

	FileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record StoredFile(UUID id, String filename, String contentType, long size, String sha256, byte[] content) {
	}

	public UUID store(String filename, String contentType, String purpose, byte[] content) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into stored_file (id, filename, content_type, size_bytes, sha256, purpose, uploaded_by, content) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, filename == null ? "upload" : filename, contentType == null ? "application/octet-stream" : contentType,
					content.length, sha256(content), purpose, AuditLog.currentActor(), content)
			.update();
		return id;
	}

	public Optional<StoredFile> find(UUID id, String purpose) {
		return jdbc.sql("select id, filename, content_type, size_bytes, sha256, content from stored_file where id = ? and purpose = ?")
			.params(id, purpose)
			.query((rs, i) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("filename"), rs.getString("content_type"),
					rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBytes("content")))
			.optional();
	}

	public void delete(UUID id) {
		jdbc.sql("delete from stored_file where id = ?").param(id).update();
	}

	/** Removes files kept only for a preview that nobody confirmed. */
	public int deleteOlderThan(String purpose, java.time.Duration age) {
		return jdbc.sql("delete from stored_file where purpose = ? and uploaded_at < now() - cast(? as interval)")
			.params(purpose, age.toSeconds() + " seconds")
			.update();
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
