package org.stocktake.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.stocktake.register.AreaType;

/**
 * An inspection framework of one inspectorate (Ofsted's ILACS, say): its grade scale, best first, and
 * the kinds of authority it inspects.
 */
public record Framework(String inspectorate, String slug, String name, List<String> grades, Set<AreaType> areaTypes,
		LocalDate inForceFrom, LocalDate inForceTo) {

	public Framework {
		grades = List.copyOf(grades);
		areaTypes = Set.copyOf(areaTypes);
	}

	public boolean inspects(AreaType type) {
		return areaTypes.contains(type);
	}

	public boolean current() {
		return inForceTo == null;
	}

	/**
	 * The grade on this framework's scale that {@code text} names, in any case and spacing. The Single
	 * Inspection Framework's "requires improvement to be good" is its "requires improvement".
	 */
	public Optional<String> grade(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String g = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (g.equals("requires improvement to be good") || g.equals("requires improvement (to be good)")) {
			g = "requires improvement";
		}
		String found = g;
		return grades.stream().filter(found::equals).findFirst();
	}

	/** Position on the scale, 0 = best; grades not on the scale (not graded) come after every grade. */
	public int position(String grade) {
		int i = grade == null ? -1 : grades.indexOf(grade);
		return i < 0 ? grades.size() : i;
	}

	public String worstGrade() {
		return grades.get(grades.size() - 1);
	}
}
