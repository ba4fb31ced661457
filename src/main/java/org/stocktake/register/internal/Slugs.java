package org.stocktake.register.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Readable identifiers made from names, such as {@code greater-manchester}. */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 70 ? slug.substring(0, 70).replaceAll("-$", "") : slug;
	}
}
