package org.stocktake.register;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.SignedInUser;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.internal.AreaRepository;

/** What other modules ask of the register. */
@Service
public class Register {

	private final AreaRepository areas;

	Register(AreaRepository areas) {
		this.areas = areas;
	}

	/** Finds an authority by its GSS code or by a former GSS code (E06000048 finds Northumberland). */
	public Optional<Area> find(String gssCode) {
		if (gssCode == null) {
			return Optional.empty();
		}
		return areas.findByGss(gssCode.trim().toUpperCase(java.util.Locale.ROOT));
	}

	public Area get(String gssCode) {
		return find(gssCode).orElseThrow(() -> new NotFoundException("There is no authority with the GSS code " + gssCode));
	}

	/**
	 * The authority a COUNCIL user is tied to, resolved through the register (so a user recorded
	 * under a former GSS code still finds its authority); empty for every other reader.
	 */
	public Optional<Area> ownAuthority(Authentication auth) {
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.role() == Role.COUNCIL && user.authorityCode() != null) {
			return find(user.authorityCode());
		}
		return Optional.empty();
	}

	public Optional<Area> byCode(String code) {
		return areas.findByCode(code);
	}

	public Paged<Area> search(AreaSearch search, PageRequest page) {
		return areas.search(search, page);
	}

	public List<Area> all() {
		return areas.findAll();
	}

	public List<Area> children(Area area) {
		return areas.children(area.code());
	}

	public List<AreaGroup> groups(AreaGroup.Kind kind) {
		return areas.groups(kind);
	}

	public Optional<AreaGroup> group(String id) {
		return areas.group(id);
	}

	public List<AreaGroup> groupsOf(Area area) {
		return areas.groupsOf(area.code());
	}

	public long count(boolean currentOnly) {
		return areas.count(currentOnly);
	}
}
