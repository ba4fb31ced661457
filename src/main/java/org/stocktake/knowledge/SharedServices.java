package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.stocktake.knowledge.internal.Centroids;
import org.stocktake.knowledge.internal.SharedServiceImport;
import org.stocktake.knowledge.internal.SharedServiceRepository;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.register.Area;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/**
 * Shared service arrangements. The list, its totals and the map are all drawn from one filtered
 * selection ({@link #select}), so they cannot disagree.
 */
@Service
public class SharedServices {

	/** Filters: words in the service or a partner's name, a region any partner is in, a status. Null means any. */
	public record Filter(String q, Region region, SharedService.Status status) {

		public static final Filter ALL = new Filter(null, null, null);
	}

	/** The arrangements a filter selects and their totals: how many, how many with savings recorded, and the savings. */
	public record Selection(List<SharedService> arrangements, int count, int withSavings, BigDecimal annualSavings, int partnerAuthorities) {
	}

	private final SharedServiceRepository repository;
	private final SharedServiceImport importer;
	private final Register register;
	private final Centroids centroids;

	SharedServices(SharedServiceRepository repository, SharedServiceImport importer, Register register, Centroids centroids) {
		this.repository = repository;
		this.importer = importer;
		this.register = register;
		this.centroids = centroids;
	}

	public Selection select(Filter filter) {
		Map<String, Area> areas = new HashMap<>();
		for (Area a : register.all()) {
			areas.put(a.gssCode(), a);
		}
		List<SharedService> chosen = repository.all().stream().map(r -> arrangement(r, areas)).filter(s -> matches(s, filter)).toList();
		BigDecimal savings = chosen.stream().map(SharedService::annualSavings).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
		int withSavings = (int) chosen.stream().filter(s -> s.annualSavings() != null).count();
		int partners = (int) chosen.stream().flatMap(s -> s.partners().stream()).map(SharedService.Partner::gssCode).distinct().count();
		return new Selection(chosen, chosen.size(), withSavings, savings, partners);
	}

	public ImportResult importFile(byte[] content, MoneyUnits units, boolean dryRun) {
		return importer.run(content, units, dryRun);
	}

	public static List<String> fileHeader() {
		return SharedServiceImport.HEADER;
	}

	private static boolean matches(SharedService s, Filter f) {
		if (f.status() != null && s.status() != f.status()) {
			return false;
		}
		if (f.region() != null && s.partners().stream().noneMatch(p -> p.region() == f.region())) {
			return false;
		}
		if (f.q() != null && !f.q().isBlank()) {
			String q = f.q().trim().toLowerCase(Locale.ROOT);
			return s.service().toLowerCase(Locale.ROOT).contains(q) || s.reference().toLowerCase(Locale.ROOT).contains(q)
					|| s.partners().stream().anyMatch(p -> p.name().toLowerCase(Locale.ROOT).contains(q) || p.gssCode().equalsIgnoreCase(q));
		}
		return true;
	}

	private SharedService arrangement(SharedServiceRepository.Row r, Map<String, Area> areas) {
		List<SharedService.Partner> partners = r.partners().stream().map(g -> partner(g, areas)).toList();
		SharedService.Partner lead = r.leadGss() == null ? null : partner(r.leadGss(), areas);
		return new SharedService(r.id(), r.reference(), r.service(), r.description(), partners, lead, r.startDate(), r.annualSavings(),
				SharedService.Status.valueOf(r.status()), r.source());
	}

	private SharedService.Partner partner(String gss, Map<String, Area> areas) {
		Area a = areas.get(gss);
		var point = centroids.of(gss);
		return new SharedService.Partner(gss, a == null ? gss : a.name(), a == null ? null : a.region(), a == null ? null : a.type().name(),
				point.map(Centroids.Point::latitude).orElse(null), point.map(Centroids.Point::longitude).orElse(null));
	}
}
