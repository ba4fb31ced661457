package org.stocktake.register.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.register.AreaGroup;
import org.stocktake.register.Register;
import org.stocktake.register.internal.GroupService;

@RestController
@Tag(name = "Register")
class GroupApiController {

	private final Register register;
	private final GroupService groups;

	GroupApiController(Register register, GroupService groups) {
		this.register = register;
		this.groups = groups;
	}

	record GroupSummary(String id, String name, String kind, String areaGssCode, int memberCount) {
	}

	record GroupJson(String id, String name, String kind, String description, String areaGssCode, String source, List<String> memberGssCodes) {
		static GroupJson of(AreaGroup g) {
			return new GroupJson(g.id(), g.name(), g.kind().name(), g.description(), g.areaGssCode(), g.source(), g.memberGssCodes());
		}
	}

	record GroupRequest(String name, String kind, String description, List<String> members) {
		GroupService.GroupDraft draft() {
			AreaGroup.Kind k = null;
			if (kind != null) {
				try {
					k = AreaGroup.Kind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					throw new BadRequestException("kind", kind, "kind must be USER_DEFINED or PARTNERSHIP");
				}
			}
			return new GroupService.GroupDraft(name, k == null ? AreaGroup.Kind.USER_DEFINED : k, description,
					members == null ? "" : String.join("\n", members));
		}
	}

	@GetMapping("/api/v1/groups")
	@Operation(summary = "List groupings", description = "Combined authorities, fire and rescue areas, partnerships and user-defined groups")
	List<GroupSummary> groups(@RequestParam(required = false) String kind) {
		AreaGroup.Kind k = null;
		if (kind != null && !kind.isBlank()) {
			try {
				k = AreaGroup.Kind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("kind", kind, "kind must be one of " + java.util.Arrays.toString(AreaGroup.Kind.values()));
			}
		}
		return register.groups(k).stream()
			.map(g -> new GroupSummary(g.id(), g.name(), g.kind().name(), g.areaGssCode(), g.memberGssCodes().size()))
			.toList();
	}

	@GetMapping("/api/v1/groups/{id}")
	@Operation(summary = "One grouping with its members' GSS codes")
	GroupJson group(@PathVariable String id) {
		return GroupJson.of(register.group(id).orElseThrow(() -> new NotFoundException("There is no group " + id)));
	}

	@PostMapping("/api/v1/groups")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user-defined group or partnership (officers)")
	GroupJson create(@RequestBody GroupRequest request) {
		return GroupJson.of(groups.create(request.draft()));
	}

	@PutMapping("/api/v1/groups/{id}")
	@Operation(summary = "Change a user-defined group or partnership (officers)")
	GroupJson update(@PathVariable String id, @RequestBody GroupRequest request) {
		register.group(id).orElseThrow(() -> new NotFoundException("There is no group " + id));
		return GroupJson.of(groups.update(id, request.draft()));
	}

	@DeleteMapping("/api/v1/groups/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a user-defined group or partnership (officers)")
	void delete(@PathVariable String id) {
		groups.delete(id);
	}
}
