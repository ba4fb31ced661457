package org.stocktake.oversight.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stocktake.platform.demo.DemoDataset;
import org.stocktake.oversight.Framework;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Loads the real Ofsted ILACS judgements (Data to Insight's scrape of Ofsted's reports, Open Government
 * Licence) at first start: the latest inspection of every children's services authority, and the
 * history of five regions. The files' own codes are unreliable for reorganised areas (see SOURCE.md),
 * so authorities are matched by name through the register, and rows go through the ordinary import.
 */
@Component
@Order(40)
class DemoInspections implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

	static final String LATEST = "demo/oversight/ofsted_csc_ilacs_overview_latest.csv";
	static final String HISTORY = "demo/oversight/ilacs_inspection_history_part.csv";

	/** Names the scrape uses that are no form of the register's names. */
	private static final Map<String, String> ALIASES = Map.of("london corporation", "city of london");

	private static final List<String> JUDGEMENTS = List.of("impact_of_leaders", "help_and_protection", "in_care", "care_leavers");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DAY_MONTH_SHORT_YEAR = DateTimeFormatter.ofPattern("dd/MM/yy");

	private final InspectionImport importer;
	private final InspectionRepository inspections;
	private final Register register;

	DemoInspections(InspectionImport importer, InspectionRepository inspections, Register register) {
		this.importer = importer;
		this.inspections = inspections;
		this.register = register;
	}

	@Override
	public String name() {
		return "inspections";
	}

	@Override
	public void loadIfMissing() {
		if (inspections.count() > 0) {
			return;
		}
		Framework ilacs = inspections.framework("ofsted", "ilacs").orElseThrow();
		Map<String, Area> byName = authoritiesByName(ilacs);
		StringWriter csv = new StringWriter();
		int[] unmatched = { 0 };
		try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			out.printRecord(header());
			Map<String, Boolean> written = new HashMap<>();
			for (String file : List.of(HISTORY, LATEST)) {
				for (CSVRecord row : read(file)) {
					Optional<Area> area = match(row, byName, ilacs);
					if (area.isEmpty()) {
						unmatched[0]++;
						log.warn("Demonstration inspections: no authority matches '{}' ({})", row.get("local_authority"), row.get("ltla23cd"));
						continue;
					}
					LocalDate published = date(row.get("publication_date"));
					// Both files hold the latest inspections; the key is the authority and publication date.
					if (written.putIfAbsent(area.get().code() + published, true) == null) {
						out.printRecord(record(row, area.get(), published));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ImportResult result = importer.run(csv.toString().getBytes(StandardCharsets.UTF_8), false);
		log.info("Loaded {} Ofsted ILACS inspections as demonstration data ({} rows matched no authority)", result.inserted(), unmatched[0]);
	}

	private static List<String> header() {
		List<String> header = new java.util.ArrayList<>(InspectionImport.HEADER);
		header.addAll(InspectionImport.OPTIONAL);
		JUDGEMENTS.forEach(j -> header.add(InspectionImport.JUDGEMENT_PREFIX + j));
		return header;
	}

	private static List<Object> record(CSVRecord row, Area area, LocalDate published) {
		List<Object> values = new java.util.ArrayList<>(List.of(area.gssCode(), "ofsted", "ilacs", orBlank(date(row.get("inspection_start_date"))),
				orBlank(date(row.get("inspection_end_date"))), published.toString(), grade(row.get("overall_effectiveness_grade")),
				inspectionType(row.get("inspection_framework")), row.get("inspection_link")));
		JUDGEMENTS.forEach(j -> values.add(grade(row.get(j + "_grade"))));
		return values;
	}

	private Map<String, Area> authoritiesByName(Framework framework) {
		Map<String, Area> byName = new HashMap<>();
		for (Area area : register.all()) {
			if (area.current() && framework.inspects(area.type())) {
				byName.put(normalise(area.name()), area);
				byName.put(normalise(area.officialName()), area);
			}
		}
		return byName;
	}

	private Optional<Area> match(CSVRecord row, Map<String, Area> byName, Framework framework) {
		String raw = row.get("local_authority").trim().toLowerCase(Locale.ROOT);
		Area area = byName.get(normalise(ALIASES.getOrDefault(raw, raw)));
		if (area != null) {
			return Optional.of(area);
		}
		return register.find(row.get("ltla23cd")).filter(a -> a.current() && framework.inspects(a.type()));
	}

	static String normalise(String name) {
		String n = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[,.'’]", " ");
		n = n.replaceAll("\\b(city of|county of|royal borough of|london borough of|council|borough|metropolitan|county|the)\\b", " ");
		return n.replaceAll("\\s+", " ").trim();
	}

	private static String grade(String text) {
		String g = text == null ? "" : text.trim();
		return g.equals("nan") || g.equals("inspection_pre_dates_judgement") ? "" : g;
	}

	private static String inspectionType(String text) {
		String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		if (t.equals("none")) {
			return "";
		}
		return t.startsWith("inspection duration longer") ? "longer than standard" : t;
	}

	/** The latest-inspections file writes dd/mm/yyyy and dd/mm/yy; the history file writes ISO dates. */
	static LocalDate date(String text) {
		String t = text == null ? "" : text.trim();
		if (t.isEmpty()) {
			return null;
		}
		if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return LocalDate.parse(t);
		}
		return LocalDate.parse(t, t.length() == 10 ? DAY_MONTH_YEAR : DAY_MONTH_SHORT_YEAR);
	}

	private static String orBlank(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static List<CSVRecord> read(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream();
				CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}
}
