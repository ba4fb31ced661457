package org.stocktake.data.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stocktake.platform.demo.DemoDataset;
import org.stocktake.data.Measure;
import org.stocktake.data.MeasureInput;
import org.stocktake.data.Measures;
import org.stocktake.platform.imports.CsvFile;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Loads the real demonstration datasets at first start through the same import officers use. Each
 * dataset is loaded once (its import is remembered in the import history); rows whose area the
 * register does not know, or of a kind the measure does not apply to, are counted and logged.
 */
@Component
@Order(30)
class DemoMeasures implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoMeasures.class);
	static final String DIR = "demo/data/";

	private final Measures measures;
	private final ValueImport valueImport;
	private final Register register;
	private final JdbcClient jdbc;
	private final JsonMapper json;

	DemoMeasures(Measures measures, ValueImport valueImport, Register register, JdbcClient jdbc, JsonMapper json) {
		this.measures = measures;
		this.valueImport = valueImport;
		this.register = register;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String name() {
		return "measures";
	}

	@Override
	public void loadIfMissing() {
		long started = System.nanoTime();
		List<MeasureInput> definitions = json.readValue(read("measures.json"), new TypeReference<List<MeasureInput>>() {
		});
		for (MeasureInput input : definitions) {
			if (measures.find(input.id(), true).isEmpty()) {
				measures.save(input);
			}
		}
		AreaCodes areas = new AreaCodes(register.all());
		Map<String, Measure> byId = new HashMap<>();
		measures.all(true).forEach(m -> byId.put(m.id(), m));
		int loaded = 0;
		for (Dataset dataset : datasets()) {
			if (alreadyLoaded(dataset.name())) {
				continue;
			}
			long t0 = System.nanoTime();
			Rows rows = new Rows(areas, byId);
			dataset.extract().accept(rows);
			long t1 = System.nanoTime();
			ImportResult result = valueImport.run(dataset.name(), rows.csv(), false);
			loaded++;
			log.debug("{}: read in {} ms, imported in {} ms", dataset.name(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
			log.info("Demonstration data {}: {} values loaded; {} rows skipped ({}); {} rows with an area the register does not have or the "
					+ "measure does not apply to ({})", dataset.name(), result.inserted() + result.updated(), rows.skipped, rows.skipReasons,
					rows.unmatched, rows.unmatchedSample());
		}
		if (loaded > 0) {
			log.info("Loaded {} demonstration datasets in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
		}
	}

	private boolean alreadyLoaded(String name) {
		return jdbc.sql("select count(*) from value_import where filename = ?").param(name).query(Long.class).single() > 0;
	}

	private record Dataset(String name, java.util.function.Consumer<Rows> extract) {
	}

	private List<Dataset> datasets() {
		return List.of(new Dataset("demo: population", this::population), new Dataset("demo: recycling", this::recycling),
				new Dataset("demo: deprivation", this::deprivation), new Dataset("demo: band D council tax", this::bandD),
				new Dataset("demo: revenue outturn", this::revenueOutturn), new Dataset("demo: Oflog waste", this::oflogWaste),
				new Dataset("demo: Oflog adult social care", this::oflogAdultSocialCare));
	}

	private void population(Rows rows) {
		for (CsvFile.Row r : csv("mid_year_population_estimates_1991_2023_all_ages.csv")) {
			rows.add("population", r.get("geography_code"), r.get("date"), r.get("value"));
		}
	}

	private void recycling(Rows rows) {
		for (CsvFile.Row r : csv("household_recycling_rate_uk_trafforddatalab.csv")) {
			if (r.get("period").length() == 4) {
				rows.skip("Scottish calendar-year rows");
				continue;
			}
			rows.add("household-recycling-rate", r.get("area_code"), r.get("period"), round(r.get("value"), 1));
		}
	}

	private void deprivation(Rows rows) {
		for (CsvFile.Row r : csv("iod2019_lad_summaries.csv")) {
			if (r.get("index_domain").equals("Index of Multiple Deprivation")) {
				rows.add("imd-average-score", r.get("lad19cd"), r.get("year"), round(r.get("average_score"), 3));
				rows.add("imd-most-deprived-decile", r.get("lad19cd"), r.get("year"), round(r.get("proportion_bottom_decile"), 4));
			}
		}
		for (CsvFile.Row r : csv("iod2025_lad_summaries.csv")) {
			if (r.get("index_domain").equals("Index of Multiple Deprivation")) {
				rows.add("imd-average-score", r.get("area_code"), r.get("deprivation_data_year"), r.get("average_score"));
				rows.add("imd-most-deprived-decile", r.get("area_code"), r.get("deprivation_data_year"), r.get("proportion_bottom_decile"));
			}
		}
	}

	private void bandD(Rows rows) {
		for (CsvFile.Row r : csv("area_band_d_council_tax_1993_2023.csv")) {
			if (r.isBlank("area_band_d_council_tax_gbp")) {
				rows.skip("years in which the authority did not exist");
				continue;
			}
			if (r.isBlank("ons_code")) {
				rows.skip("authorities abolished before GSS codes");
				continue;
			}
			rows.add("band-d-council-tax", r.get("ons_code"), r.get("financial_year"), r.get("area_band_d_council_tax_gbp"));
		}
	}

	private static final Map<String, String> RS_LINES = Map.of("NET REVENUE EXPENDITURE", "rs-net-revenue-expenditure",
			"TOTAL SERVICE EXPENDITURE", "rs-total-service-expenditure", "COUNCIL TAX REQUIREMENT", "rs-council-tax-requirement",
			"Adult Social Care", "rs-adult-social-care", "Children Social Care", "rs-childrens-social-care");

	/** 2010-11 and 2011-12 have no GSS codes: they are found from the same authority's E-code in later years of the file. */
	private void revenueOutturn(Rows rows) {
		List<CsvFile.Row> all = csv("revenue_outturn_summary_rs_long.csv");
		Map<String, String> gssByECode = new HashMap<>();
		for (CsvFile.Row r : all) {
			if (!r.isBlank("ons_code")) {
				gssByECode.putIfAbsent(r.get("e_code"), r.get("ons_code"));
			}
		}
		for (CsvFile.Row r : all) {
			String measure = RS_LINES.get(r.get("line_item"));
			if (measure == null) {
				continue;
			}
			String gss = r.isBlank("ons_code") ? gssByECode.get(r.get("e_code")) : r.get("ons_code");
			if (gss == null) {
				rows.skip("E-codes with no GSS code in any year");
				continue;
			}
			rows.add(measure, gss, r.get("financial_year"), r.get("value_gbp_thousands"));
		}
	}

	private static final Map<String, String> OFLOG_WASTE = Map.of("Household waste recycling rate", "oflog-household-recycling-rate",
			"Recycling contamination rate", "oflog-recycling-contamination-rate", "Residual household waste", "oflog-residual-household-waste");

	private void oflogWaste(Rows rows) {
		for (CsvFile.Row r : csv("oflog_waste_metrics.csv")) {
			rows.add(OFLOG_WASTE.get(r.get("metric")), r.get("area_code"), r.get("financial_year"), r.get("value"));
		}
	}

	private static final Map<String, String> ASC = Map.of("ASC1", "asc-carer-quality-of-life", "ASC2", "asc-quality-of-life-impact", "ASC3",
			"asc-ease-of-finding-information-users", "ASC4", "asc-ease-of-finding-information-carers", "ASC5",
			"asc-short-term-services-outcome", "ASC6", "asc-requests-resulting-in-service", "ASC7", "asc-workforce-turnover");

	private void oflogAdultSocialCare(Rows rows) {
		for (CsvFile.Row r : csv("oflog_adult_social_care_metrics.csv")) {
			rows.add(ASC.get(r.get("code")), r.get("local authority code"), r.get("financial year"), r.get("value"));
		}
	}

	/** Float artefacts of the source (52.400000000000006) back to the published precision. */
	static String round(String value, int places) {
		try {
			return new BigDecimal(value.trim()).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	/** Rows of the long layout for one dataset, with the ones that cannot be matched counted. */
	private static final class Rows {

		private final AreaCodes areas;
		private final Map<String, Measure> measures;
		private final StringBuilder out = new StringBuilder("measure,area,period,value\n");
		private final Set<String> keys = new java.util.HashSet<>();
		int unmatched;
		int skipped;
		final Map<String, Integer> skipReasons = new LinkedHashMap<>();
		private final Map<String, Integer> unmatchedCodes = new LinkedHashMap<>();

		Rows(AreaCodes areas, Map<String, Measure> measures) {
			this.areas = areas;
			this.measures = measures;
		}

		void add(String measureId, String code, String period, String value) {
			Measure measure = measures.get(measureId);
			Area area = areas.resolve(code);
			if (measure == null || area == null || !measure.appliesTo(area.type())) {
				unmatched++;
				unmatchedCodes.merge(code, 1, Integer::sum);
				return;
			}
			if (!keys.add(measureId + "|" + area.gssCode() + "|" + period)) {
				skip("second rows for an authority and period (a former and a current code)");
				return;
			}
			out.append(measureId).append(',').append(area.gssCode()).append(',').append(period).append(",\"")
				.append(value.replace("\"", "\"\"")).append("\"\n");
		}

		void skip(String reason) {
			skipped++;
			skipReasons.merge(reason, 1, Integer::sum);
		}

		String unmatchedSample() {
			return unmatchedCodes.keySet().stream().limit(12).reduce((a, b) -> a + " " + b).orElse("none") + (unmatchedCodes.size() > 12 ? " …" : "");
		}

		byte[] csv() {
			return out.toString().getBytes(StandardCharsets.UTF_8);
		}
	}

	private static List<CsvFile.Row> csv(String file) {
		return CsvFile.parse(read(file), Set.of()).rows();
	}

	private static byte[] read(String file) {
		try (var in = new ClassPathResource(DIR + file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Demonstration data " + file + " is missing", ex);
		}
	}
}
