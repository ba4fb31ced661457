package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.stocktake.knowledge.internal.OpeImport;
import org.stocktake.knowledge.internal.OpeRepository;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.register.Area;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/** One Public Estate partnerships by phase, with the totals by phase and region. */
@Service
public class OnePublicEstate {

	private final OpeRepository repository;
	private final OpeImport importer;
	private final Register register;

	OnePublicEstate(OpeRepository repository, OpeImport importer, Register register) {
		this.repository = repository;
		this.importer = importer;
		this.register = register;
	}

	public List<Integer> phases() {
		return repository.phases();
	}

	/** The partnerships of one phase, or of every phase when {@code phase} is null, in name order. */
	public List<OpePartnership> partnerships(Integer phase) {
		Map<String, String> names = authorityNames();
		return repository.partnerships(phase).stream().map(r -> partnership(r, names)).toList();
	}

	public OpeTotals totals(int phase) {
		List<OpeRepository.Row> rows = repository.partnerships(phase);
		int memberships = rows.stream().mapToInt(r -> r.members().size()).sum();
		Set<String> distinct = new HashSet<>();
		rows.forEach(r -> distinct.addAll(r.members()));
		BigDecimal funding = rows.stream().map(OpeRepository.Row::funding).reduce(BigDecimal.ZERO, BigDecimal::add);
		int partFunded = (int) rows.stream().filter(r -> !r.partFundingYears().isEmpty()).count();
		return new OpeTotals(phase, rows.size(), memberships, distinct.size(), funding, partFunded, repository.stated(phase).orElse(null),
				repository.byRegion(phase));
	}

	/** Imports partnerships from CSV (see {@link OpeImport}); all or nothing. */
	public ImportResult importCsv(byte[] content, MoneyUnits units, String source, boolean dryRun) {
		return importer.run(content, units, source, dryRun);
	}

	/** Records what the programme itself announced for a phase, shown beside the figures computed from the list. */
	public void recordStated(int phase, OpeTotals.Stated stated) {
		repository.saveStated(phase, stated);
	}

	private Map<String, String> authorityNames() {
		Map<String, String> names = new HashMap<>();
		for (Area a : register.all()) {
			names.put(a.gssCode(), a.name());
		}
		return names;
	}

	private static OpePartnership partnership(OpeRepository.Row r, Map<String, String> names) {
		List<OpePartnership.Member> members = r.members().stream().map(g -> new OpePartnership.Member(g, names.getOrDefault(g, g))).toList();
		OpePartnership.Lead lead;
		switch (r.leadKind()) {
			case "AUTHORITY" -> lead = new OpePartnership.Lead(OpePartnership.Lead.Kind.AUTHORITY, r.leadGss(), names.getOrDefault(r.leadGss(), r.leadGss()));
			case "OTHER_BODY" -> lead = new OpePartnership.Lead(OpePartnership.Lead.Kind.OTHER_BODY, null, r.leadBody());
			default -> lead = OpePartnership.Lead.notNamed();
		}
		return new OpePartnership(r.id(), r.phase(), r.name(), Region.ofCode(r.region()), members, lead, r.funding(), r.partFundingYears(),
				r.source());
	}
}
