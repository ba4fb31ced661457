package org.stocktake.oversight;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;

/**
 * The watchlist's filters and sort, as query parameters: {@code region} (ONS code), {@code type},
 * {@code service} (a raised signal concerns it), {@code signal} (raised), {@code notInspected} (not yet
 * inspected under this current framework, e.g. {@code ofsted/ilacs}), {@code minScore}, {@code sort}
 * ({@code score}, {@code name}, {@code region}, {@code type}). A saved view keeps its query string.
 */
public record WatchlistQuery(String region, String type, String service, String signal, String notInspected, String minScore,
		String sort) {

	public static final List<String> SORTS = List.of("score", "name", "region", "type");

	public static WatchlistQuery empty() {
		return new WatchlistQuery(null, null, null, null, null, null, null);
	}

	/** The same filters with blanks as nulls, checked: 400 naming each bad parameter. */
	public WatchlistQuery validated(List<SignalWeight> signals) {
		List<FieldError> errors = new ArrayList<>();
		if (blank(region) != null && Region.parse(region).isEmpty()) {
			errors.add(FieldError.field("region", region, "Not a region: give its ONS code, e.g. E12000002"));
		}
		if (blank(type) != null && AreaType.parse(type).isEmpty()) {
			errors.add(FieldError.field("type", type, "Not an area type, e.g. UNITARY"));
		}
		if (blank(signal) != null && signals.stream().noneMatch(s -> s.id().equals(signal.trim()))) {
			errors.add(FieldError.field("signal", signal, "Not a watchlist signal; known: "
					+ String.join(", ", signals.stream().map(SignalWeight::id).toList())));
		}
		if (blank(notInspected) != null && !notInspected.trim().matches("[a-z0-9-]+/[a-z0-9-]+")) {
			errors.add(FieldError.field("notInspected", notInspected, "Name the framework as inspectorate/framework, e.g. ofsted/ilacs"));
		}
		if (blank(minScore) != null) {
			try {
				new BigDecimal(minScore.trim());
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.field("minScore", minScore, "The minimum score must be a number, e.g. 20"));
			}
		}
		if (blank(sort) != null && !SORTS.contains(sort.trim().toLowerCase(Locale.ROOT))) {
			errors.add(FieldError.field("sort", sort, "Sort by one of " + String.join(", ", SORTS)));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		return new WatchlistQuery(blank(region) == null ? null : Region.parse(region).get().code(),
				blank(type) == null ? null : AreaType.parse(type).get().name(), trimmed(service), trimmed(signal),
				trimmed(notInspected) == null ? null : notInspected.trim().toLowerCase(Locale.ROOT),
				blank(minScore) == null ? null : new BigDecimal(minScore.trim()).stripTrailingZeros().toPlainString(),
				blank(sort) == null ? null : sort.trim().toLowerCase(Locale.ROOT));
	}

	/** Whether the (validated) filters keep {@code e}. */
	public boolean keeps(WatchlistEntry e) {
		return (region == null || e.region().code().equals(region)) && (type == null || e.type().name().equals(type))
				&& (service == null || e.services().stream().anyMatch(s -> s.equalsIgnoreCase(service)))
				&& (signal == null || e.raises(signal)) && (notInspected == null || e.notInspectedUnder().contains(notInspected))
				&& (minScore == null || e.score().compareTo(new BigDecimal(minScore)) >= 0);
	}

	public Comparator<WatchlistEntry> order() {
		Comparator<WatchlistEntry> byRank = Comparator.comparingInt(WatchlistEntry::rank).thenComparing(WatchlistEntry::name);
		String s = sort == null ? "score" : sort;
		return switch (s) {
			case "name" -> Comparator.comparing(WatchlistEntry::name);
			case "region" -> Comparator.comparing((WatchlistEntry e) -> e.region().displayName()).thenComparing(byRank);
			case "type" -> Comparator.comparing((WatchlistEntry e) -> e.type().name()).thenComparing(byRank);
			default -> byRank;
		};
	}

	/** The filters as a query string (without '?'), in a fixed order, blanks left out. */
	public String toQueryString() {
		List<String> parts = new ArrayList<>();
		add(parts, "region", region);
		add(parts, "type", type);
		add(parts, "service", service);
		add(parts, "signal", signal);
		add(parts, "notInspected", notInspected);
		add(parts, "minScore", minScore);
		add(parts, "sort", sort);
		return String.join("&", parts);
	}

	/** Reads a saved query string back. */
	public static WatchlistQuery parse(String queryString) {
		java.util.Map<String, String> p = new java.util.HashMap<>();
		if (queryString != null) {
			for (String pair : queryString.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					p.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return new WatchlistQuery(p.get("region"), p.get("type"), p.get("service"), p.get("signal"), p.get("notInspected"), p.get("minScore"),
				p.get("sort"));
	}

	public boolean isEmpty() {
		return toQueryString().isEmpty();
	}

	private static void add(List<String> parts, String name, String value) {
		if (blank(value) != null) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2F", "/"));
		}
	}

	private static String trimmed(String s) {
		return blank(s) == null ? null : s.trim();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
