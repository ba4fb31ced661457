package org.stocktake.register.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.AreaGroup;

/** Creating, changing and removing groupings; only partnerships and user-defined groups are edited by hand. */
@Service
public class GroupService {

	private final JdbcClient jdbc;
	private final AreaRepository areas;
	private final AuditLog audit;

	GroupService(JdbcClient jdbc, AreaRepository areas, AuditLog audit) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.audit = audit;
	}

	/** A group as a person types it: members as GSS codes (current or former) or exact names, one per line. */
	public record GroupDraft(String name, AreaGroup.Kind kind, String description, String members) {
	}

	@Transactional
	public AreaGroup create(GroupDraft draft) {
		List<String> memberCodes = validate(draft, true);
		String id = Slugs.of(draft.name());
		if (areas.group(id).isPresent()) {
			id = id + "-" + (1 + jdbc.sql("select count(*) from area_group where id like ?").param(id + "-%").query(Long.class).single());
		}
		jdbc.sql("insert into area_group (id, name, kind, description, source, created_by) values (?, ?, ?, ?, 'Created in Stocktake', ?)")
			.params(id, draft.name().trim(), draft.kind().name(), blankToNull(draft.description()), AuditLog.currentActor())
			.update();
		setMembers(id, memberCodes);
		AreaGroup created = areas.group(id).orElseThrow();
		audit.created("area-group", id, "Group " + created.name() + " created", created);
		return created;
	}

	@Transactional
	public AreaGroup update(String id, GroupDraft draft) {
		AreaGroup before = editable(id);
		List<String> memberCodes = validate(draft, false);
		jdbc.sql("update area_group set name = ?, description = ? where id = ?")
			.params(draft.name().trim(), blankToNull(draft.description()), id)
			.update();
		setMembers(id, memberCodes);
		AreaGroup after = areas.group(id).orElseThrow();
		audit.updated("area-group", id, "Group " + after.name() + " changed", before, after);
		return after;
	}

	@Transactional
	public void delete(String id) {
		AreaGroup before = editable(id);
		jdbc.sql("delete from area_group where id = ?").param(id).update();
		audit.deleted("area-group", id, "Group " + before.name() + " deleted", before);
	}

	/** Replaces a loaded grouping (such as a fire and rescue authority's area) with the given members. */
	@Transactional
	public boolean upsertLoaded(String id, String name, AreaGroup.Kind kind, String description, String areaCode, String source,
			List<String> memberCodes) {
		var before = areas.group(id);
		jdbc.sql("""
				insert into area_group (id, name, kind, description, area_code, source, created_by) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, description = excluded.description,
				    area_code = excluded.area_code, source = excluded.source""")
			.params(id, name, kind.name(), description, areaCode, source, AuditLog.currentActor())
			.update();
		setMembers(id, memberCodes);
		AreaGroup after = areas.group(id).orElseThrow();
		if (before.isEmpty()) {
			audit.created("area-group", id, "Group " + name + " loaded", after);
			return true;
		}
		if (!before.get().equals(after)) {
			audit.updated("area-group", id, "Group " + name + " reloaded", before.get(), after);
			return true;
		}
		return false;
	}

	private void setMembers(String id, List<String> memberCodes) {
		jdbc.sql("delete from area_group_member where group_id = ?").param(id).update();
		for (String code : memberCodes) {
			jdbc.sql("insert into area_group_member (group_id, area_code) values (?, ?)").params(id, code).update();
		}
	}

	private AreaGroup editable(String id) {
		AreaGroup group = areas.group(id).orElseThrow(() -> new NotFoundException("There is no group " + id));
		if (!group.kind().editable()) {
			throw new BadRequestException("id", id, "Groups loaded from official lists cannot be edited by hand");
		}
		return group;
	}

	private List<String> validate(GroupDraft draft, boolean creating) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
			errors.add(FieldError.field("name", draft.name(), "Enter a name for the group of up to 200 characters"));
		}
		if (creating && (draft.kind() == null || !draft.kind().editable())) {
			errors.add(FieldError.field("kind", draft.kind() == null ? null : draft.kind().name(), "Select partnership or user-defined group"));
		}
		Set<String> codes = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		String members = draft.members() == null ? "" : draft.members();
		for (String line : members.split("[\\r\\n,;]+")) {
			String entry = line.trim();
			if (entry.isEmpty()) {
				continue;
			}
			Area area = areas.findByGss(entry.toUpperCase(Locale.ROOT)).or(() -> byName(entry)).orElse(null);
			if (area == null) {
				unknown.add(entry);
			}
			else {
				codes.add(area.code());
			}
		}
		if (!unknown.isEmpty()) {
			errors.add(FieldError.field("members", String.join(", ", unknown),
					"Not found in the register: " + String.join(", ", unknown) + ". Use GSS codes such as E07000223 or exact names"));
		}
		else if (codes.isEmpty()) {
			errors.add(FieldError.field("members", "", "Enter at least one authority"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		return new ArrayList<>(codes);
	}

	private java.util.Optional<Area> byName(String name) {
		List<String> codes = jdbc.sql("select code from area where lower(name) = lower(?) or lower(official_name) = lower(?) order by current desc")
			.params(name, name)
			.query(String.class)
			.list();
		return codes.size() == 1 ? areas.findByCode(codes.get(0)) : java.util.Optional.empty();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
