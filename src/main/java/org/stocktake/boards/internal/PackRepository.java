package org.stocktake.boards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.boards.PackVersion;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Published versions of meeting packs. */
@Repository
public class PackRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	PackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PackVersion> versions(long meetingId) {
		return jdbc.sql("select id, meeting_id, version, published_at, changes, contents::text from meeting_pack_version where meeting_id = ? order by version desc")
			.param(meetingId).query((rs, n) -> version(rs)).list();
	}

	public Optional<byte[]> file(long meetingId, int version, boolean pdf) {
		return jdbc.sql("select " + (pdf ? "pdf" : "docx") + " from meeting_pack_version where meeting_id = ? and version = ?")
			.params(meetingId, version).query((rs, n) -> rs.getBytes(1)).optional();
	}

	public int insert(long meetingId, byte[] pdf, byte[] docx, List<PackVersion.Entry> contents, String changes, String actor) {
		return jdbc.sql("""
				insert into meeting_pack_version (meeting_id, version, published_by, pdf, docx, contents, changes)
				values (?, (select coalesce(max(version), 0) + 1 from meeting_pack_version where meeting_id = ?), ?, ?, ?, cast(? as jsonb), ?)
				returning version
				""").params(meetingId, meetingId, actor, pdf, docx, JSON.writeValueAsString(contents), changes).query(Integer.class).single();
	}

	private static PackVersion version(ResultSet rs) throws SQLException {
		List<PackVersion.Entry> contents = JSON.readValue(rs.getString(6), new TypeReference<List<PackVersion.Entry>>() {
		});
		return new PackVersion(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
				contents);
	}
}
