package org.stocktake.register.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stocktake.platform.demo.DemoDataset;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.register.Area;
import org.stocktake.register.AreaGroup;
import org.stocktake.register.Region;

/**
 * Loads the real register at first start: mySociety's register of councils through the same import
 * an officer uses, then the 2024 fire and rescue authorities with the districts each one covers.
 */
@Component
@Order(10)
class DemoRegister implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);
	static final String REGISTER = "demo/register/uk_local_authorities_current.csv";
	static final String FIRE = "demo/register/fire_and_rescue_authorities_2024.csv";
	static final String FIRE_LOOKUP = "demo/register/geographr_lookup_ltla24_fra24.csv";
	static final String FIRE_SOURCE = "ONS Open Geography Portal, LAD (2024) to Fire and Rescue Authority (2024), via the geographr R package; OGL v3.0";

	private final RegisterImport registerImport;
	private final GroupService groups;
	private final AreaRepository areas;

	DemoRegister(RegisterImport registerImport, GroupService groups, AreaRepository areas) {
		this.registerImport = registerImport;
		this.groups = groups;
		this.areas = areas;
	}

	@Override
	public String name() {
		return "register";
	}

	@Override
	public void loadIfMissing() {
		if (areas.count(false) > 0) {
			return;
		}
		ImportResult councils = importLogged(REGISTER, read(REGISTER));
		ImportResult fire = importLogged(FIRE, fireAuthoritiesAsRegisterRows());
		int fireAreas = loadFireAreas();
		log.info("Loaded the register: {} councils and combined authorities ({} skipped), {} fire and rescue authorities, {} fire areas",
				councils.inserted(), councils.skipped(), fire.inserted(), fireAreas);
	}

	private ImportResult importLogged(String name, byte[] csv) {
		try {
			return registerImport.run(csv, false);
		}
		catch (org.stocktake.platform.web.UnprocessableException ex) {
			ex.errors().forEach(e -> log.error("{} line {} column {} value '{}': {}", name, e.row(), e.column(), e.value(), e.message()));
			throw ex;
		}
	}

	/** The fire authorities in the register's own layout, each in the region where most of its districts are. */
	private byte[] fireAuthoritiesAsRegisterRows() {
		Map<String, List<String>> districtsByFra = districtsByFireAuthority();
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader(RegisterImport.CODE, RegisterImport.OFFICIAL_NAME, RegisterImport.NAME, RegisterImport.GSS, RegisterImport.TYPE,
					RegisterImport.REGION, RegisterImport.CURRENT)
			.get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (CsvFile.Row row : CsvFile.parse(read(FIRE), java.util.Set.of("fra24_code", "fra24_name")).rows()) {
				String code = row.get("fra24_code");
				String name = row.get("fra24_name");
				String region = code.startsWith("W") ? Region.WALES.code() : mostCommonRegion(districtsByFra.getOrDefault(code, List.of()));
				printer.printRecord(code, name + " Fire and Rescue Authority", name, code, "FIRE_AND_RESCUE", region, "True");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private int loadFireAreas() {
		Map<String, List<String>> districtsByFra = districtsByFireAuthority();
		int loaded = 0;
		for (Map.Entry<String, List<String>> entry : districtsByFra.entrySet()) {
			Area fra = areas.findByGss(entry.getKey()).orElseThrow();
			List<String> members = entry.getValue().stream().map(areas::findByGss).flatMap(java.util.Optional::stream).map(Area::code).toList();
			groups.upsertLoaded("fire-" + Slugs.of(fra.name()), fra.name() + " fire and rescue area", AreaGroup.Kind.FIRE_AND_RESCUE_AREA,
					"The councils whose areas " + fra.officialName() + " covers (2024 boundaries)", fra.code(), FIRE_SOURCE, members);
			loaded++;
		}
		return loaded;
	}

	private Map<String, List<String>> districtsByFireAuthority() {
		Map<String, List<String>> byFra = new LinkedHashMap<>();
		for (CsvFile.Row row : CsvFile.parse(read(FIRE_LOOKUP), java.util.Set.of("ltla24_code", "fra24_code")).rows()) {
			byFra.computeIfAbsent(row.get("fra24_code"), k -> new ArrayList<>()).add(row.get("ltla24_code"));
		}
		return byFra;
	}

	private String mostCommonRegion(List<String> districtCodes) {
		return districtCodes.stream()
			.map(areas::findByGss)
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.groupingBy(a -> a.region().code(), Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse("");
	}

	static byte[] read(String resource) {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Demonstration data " + resource + " is missing", ex);
		}
	}

}
