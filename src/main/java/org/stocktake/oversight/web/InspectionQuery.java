package org.stocktake.oversight.web;

import java.util.Locale;

import org.stocktake.oversight.Framework;
import org.stocktake.oversight.InspectionFilter;
import org.stocktake.oversight.Inspections;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.register.Area;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/** Reads the query parameters that inspection pages and the API share, saying which one is wrong and why. */
record InspectionQuery(String area, String inspectorate, String framework, String region, String type) {

	static final String DEFAULT_INSPECTORATE = "ofsted";
	static final String DEFAULT_FRAMEWORK = "ilacs";

	InspectionFilter toFilter(Register register) {
		String areaCode = blank(area) == null ? null
				: register.find(area).map(Area::code)
					.orElseThrow(() -> new BadRequestException("area", area, "No authority in the register has this GSS code"));
		return new InspectionFilter(areaCode, lower(inspectorate), lower(framework));
	}

	/** The framework named, or Ofsted's ILACS when none is. */
	Framework frameworkOrDefault(Inspections inspections) {
		String i = blank(inspectorate) == null ? DEFAULT_INSPECTORATE : inspectorate;
		String f = blank(framework) == null ? (blank(inspectorate) == null ? DEFAULT_FRAMEWORK : null) : framework;
		if (f == null) {
			throw new BadRequestException("framework", null, "Name the framework of " + i + ", e.g. framework=ilacs");
		}
		return inspections.framework(i, f)
			.orElseThrow(() -> new BadRequestException("framework", i + "/" + f,
					"Unknown inspectorate and framework; known: " + known(inspections)));
	}

	Region regionOrNull() {
		if (blank(region) == null) {
			return null;
		}
		return Region.parse(region).orElseThrow(() -> new BadRequestException("region", region, "Not a region: give its ONS code, e.g. E12000002"));
	}

	AreaType typeOrNull() {
		if (blank(type) == null) {
			return null;
		}
		return AreaType.parse(type).orElseThrow(() -> new BadRequestException("type", type, "Not an area type, e.g. UNITARY"));
	}

	private static String known(Inspections inspections) {
		return String.join(", ", inspections.frameworks().stream().map(f -> f.inspectorate() + "/" + f.slug()).toList());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static String lower(String s) {
		return blank(s) == null ? null : s.trim().toLowerCase(Locale.ROOT);
	}
}
