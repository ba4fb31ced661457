package org.stocktake.data.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stocktake.data.Measure;
import org.stocktake.data.NeighbourModel;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.register.Area;
import org.stocktake.register.AreaGroup;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/**
 * The comparator groups of CONTRACT.md: {@code england}, {@code wales}, {@code england-and-wales},
 * {@code region}, {@code type}, {@code tier} (relative to an area), a neighbour model's id (the area
 * and its nearest neighbours), or a register group's id. The
 * members are every authority of the group that the measure applies to.
 */
@Component
public class ComparatorGroups {

	public static final List<String> STANDARD = List.of("england", "wales", "england-and-wales", "region", "type", "tier");

	private final Register register;
	private final MessageSource messages;
	private final NeighbourRepository neighbours;

	ComparatorGroups(Register register, MessageSource messages, NeighbourRepository neighbours) {
		this.register = register;
		this.messages = messages;
		this.neighbours = neighbours;
	}

	/** A resolved group: its id, a name to show, and its members the measure applies to. */
	public record Group(String id, String name, List<Area> members) {
	}

	public Group resolve(String groupId, Area reference, Measure measure, List<Area> all) {
		String id = groupId == null || groupId.isBlank() ? defaultGroup(reference) : groupId.trim().toLowerCase(Locale.ROOT);
		Predicate<Area> inGroup;
		String name;
		switch (id) {
			case "england" -> {
				inGroup = a -> a.region().england();
				name = text("data.group.england");
			}
			case "wales" -> {
				inGroup = a -> !a.region().england();
				name = text("data.group.wales");
			}
			case "england-and-wales" -> {
				inGroup = a -> true;
				name = text("data.group.england-and-wales");
			}
			case "region" -> {
				Region region = need(reference, id).region();
				inGroup = a -> a.region() == region;
				name = text("data.group.region", region.displayName());
			}
			case "type" -> {
				AreaType type = need(reference, id).type();
				inGroup = a -> a.type() == type;
				name = text("data.group.type", text(type.messageKey()));
			}
			case "tier" -> {
				boolean upper = upperTier(need(reference, id), measure);
				inGroup = a -> upper ? a.type().upperTier() : a.type().lowerTier();
				name = text(upper ? "data.group.tier.upper" : "data.group.tier.lower");
			}
			default -> {
				Optional<NeighbourModel> model = neighbours.find(id);
				if (model.isPresent()) {
					Area area = need(reference, id);
					Set<String> members = new HashSet<>(List.of(area.gssCode()));
					neighbours.neighbours(id, area.gssCode()).forEach(link -> members.add(link.neighbourGss()));
					if (members.size() == 1) {
						throw new BadRequestException("group", groupId, "The neighbour model " + model.get().name() + " has no neighbours for "
								+ area.name() + ": it lacks a value of one of the model's measures, or is of a kind the model does not compare");
					}
					inGroup = a -> members.contains(a.gssCode());
					name = text("data.group.neighbours", model.get().name(), area.name(), members.size() - 1);
					break;
				}
				AreaGroup group = register.group(groupId.trim())
					.orElseThrow(() -> new BadRequestException("group", groupId, "There is no comparator group " + groupId + "; use one of "
							+ String.join(", ", STANDARD) + ", a neighbour model's id or the id of a group in the register"));
				Set<String> members = Set.copyOf(group.memberGssCodes());
				inGroup = a -> members.contains(a.gssCode());
				name = group.name();
				id = group.id();
			}
		}
		List<Area> members = all.stream().filter(inGroup).filter(a -> measure.appliesTo(a.type())).toList();
		return new Group(id, name, members);
	}

	/** England for an English area (or none), Wales for a Welsh one. */
	public static String defaultGroup(Area reference) {
		return reference != null && !reference.region().england() ? "wales" : "england";
	}

	/**
	 * The tier a "same tier" group compares at: the measure's tier when it applies to one tier only
	 * (counties but not districts, or the reverse); otherwise the area's own tier, with single-tier
	 * councils (unitaries, metropolitan districts, London boroughs) compared at the upper tier.
	 */
	static boolean upperTier(Area area, Measure measure) {
		boolean counties = measure.appliesTo(AreaType.COUNTY);
		boolean districts = measure.appliesTo(AreaType.NON_METROPOLITAN_DISTRICT);
		if (counties != districts) {
			return counties;
		}
		return area.type().upperTier();
	}

	private static Area need(Area reference, String group) {
		if (reference == null) {
			throw new BadRequestException("area", null, "The group " + group + " is relative to an area: give area as well");
		}
		return reference;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.UK);
	}
}
