package org.stocktake.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.stocktake.platform.security.Role;
import org.stocktake.register.Area;
import org.stocktake.register.Register;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("One Public Estate")
class OnePublicEstateTests {

	/**
	 * Annex A of the Improvement and Innovation Board's papers of 19 January 2016, as printed:
	 * partnership | region | local authorities in the partnership | lead authority | total funding
	 * awarded; a trailing * marks "part funding in 2015/16, part earmarked for 2016/17".
	 */
	static final String SEED_ANNEX_A = """
			Bedford and Central Bedfordshire|East|Bedford Borough;Central Bedfordshire|Bedford Borough Council|£500,000
			Cambridgeshire MAC Partnership|East|Cambridge City;Cambridgeshire County;East Cambridgeshire;Fenland;Huntingdonshire;South Cambridgeshire|Cambridgeshire County Council|£ 280,000
			Cheshire and Warrington LEP|North West|Cheshire East Borough;Cheshire West and Chester;Warrington Borough|Cheshire West and Chester Council|£ 250,000
			Cornwall|South West|Cornwall|Cornwall Council|£ 470,000
			D2N2 *|East Midlands|Derby City;Derbyshire;Nottingham City;Nottinghamshire Council|Derbyshire County Council|£ 75,000
			East Sussex and Surrey *|South East|Brighton and Hove;East Sussex County;Eastbourne;Elmbridge Borough;Lewes;Surrey County Council;Surrey Heath;Woking|Surrey County Council|£ 100,000
			Greater Manchester|North West|Bolton;Bury;Manchester;Oldham;Rochdale;Salford;Stockport;Tameside;Trafford;Wigan|Manchester City Council|£ 250,000
			Hampshire|South East|East Hampshire;Eastleigh Borough;Fareham Borough;Hampshire;Havant;New Forest;Test Valley Borough;Winchester City|Hampshire County Council|£ 400,000
			Leeds|Yorkshire and Humber|Leeds|Leeds City Council|£ 100,000
			Lincolnshire|East Midlands|East Lindsey;Lincoln;Lincolnshire County Council;North East Lincolnshire Council;North Kesteven District Council;North Lincolnshire Council;South Holland;South Kesteven District;West Lindsey District Council|Lincolnshire County Council|£ 340,000
			Liverpool City Region|North West|Halton;Knowsley;Liverpool City Council;Sefton;St Helens;Wirral|Liverpool City Council|£ 340,000
			LB Barnet and WLA|London|Barnet;Brent;Harrow|London Borough of Barnet|£ 350,000
			LB Bexley *|London|Bexley;Lewisham|London Borough of Bexley|£ 130,000
			LB Croydon|London|Croydon|London Borough of Croydon|£ 250,000
			Norfolk|East|Breckland;Broadland;Great Yarmouth Borough;King's Lynn and West Norfolk;Norfolk County;North Norfolk;Norwich City Council;South Norfolk Council|Norfolk County Council|£ 115,000
			North East Partnership *|North East|Gateshead;Newcastle;North Tyneside;Northumberland|Newcastle upon Tyne|£ 130,000
			Place Partnership|West Midlands|Redditch Borough Council;Worcester City Council;Worcestershire County Council|Place Partnership|£ 150,000
			Plymouth|South West|Plymouth|Plymouth City Council|£ 420,000
			Sheffield City Region*|Yorkshire and Humber|Barnsley;Bassetlaw;Bolsover;Chesterfield;Derbyshire Dales;Doncaster;North East Derbyshire;Rotherham;Sheffield|Sheffield City Council|£ 140,000
			Solent LEP|South East|Portsmouth;Southampton||£ 400,000
			West Midlands Combined Authority*|West Midlands|Birmingham City;Cannock Chase;Coventry;Dudley;Nuneaton and Bedworth;Sandwell;Solihull;Tamworth;Walsall;Wolverhampton|Sandwell Council|£ 150,000
			Suffolk and West Suffolk|East|Forest Heath;St Edmundsbury;Suffolk County Council|West Suffolk Council|£ 230,000
			Wiltshire|South West|Wiltshire|Wiltshire Council|£350,000
			City of York|Yorkshire and Humber|York|City of York Council|£250,000
			""";

	record Mapped(String partnership, String role, String listedAs, String gssCode) {
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Register register;

	final JsonMapper json = JsonMapper.builder().build();

	Http officer;

	@BeforeEach
	void officer() {
		officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
	}

	static List<Mapped> mapping() throws IOException {
		try (InputStream in = new ClassPathResource("demo/knowledge/ope-phase-3-names.csv").getInputStream()) {
			List<Mapped> rows = new ArrayList<>();
			for (var r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
				rows.add(new Mapped(r.get("partnership"), r.get("role"), r.get("listed_as"), r.get("gss_code")));
			}
			return rows;
		}
	}

	/** The seed's table turned into the import file an officer would upload, names resolved through the mapping file. */
	static String seedAsImportFile(int phase) throws IOException {
		Map<String, String> gss = new LinkedHashMap<>();
		for (Mapped m : mapping()) {
			gss.put(m.partnership() + "|" + m.role() + "|" + m.listedAs(), m.gssCode());
		}
		StringBuilder csv = new StringBuilder("phase,partnership,region,members,lead,funding_awarded,part_funding_years\n");
		for (String line : SEED_ANNEX_A.strip().split("\n")) {
			String[] f = line.split("\\|", -1);
			boolean part = f[0].endsWith("*");
			String name = f[0].replace("*", "").strip();
			List<String> members = new ArrayList<>();
			for (String listed : f[2].split(";")) {
				members.add(java.util.Objects.requireNonNull(gss.get(name + "|member|" + listed), () -> "no mapping for " + listed));
			}
			String lead = f[3].isBlank() ? "" : gss.getOrDefault(name + "|lead|" + f[3], f[3]);
			String region = switch (f[1]) {
				case "East" -> "East of England";
				case "Yorkshire and Humber" -> "Yorkshire and The Humber";
				default -> f[1];
			};
			csv.append(phase).append(',').append('"').append(name).append("\",").append(region).append(',').append(String.join(";", members))
				.append(",\"").append(lead).append("\",\"").append(f[4]).append("\",").append(part ? "2015/16;2016/17" : "").append('\n');
		}
		return csv.toString();
	}

	JsonNode get(Http http, String path) {
		HttpResponse<String> r = http.get(path, "application/json");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

	@Nested
	@DisplayName("entering the seed's phase 3 table")
	class SeedTable {

		@Test
		@DisplayName("reproduces its figures: 24 partnerships, 106 memberships listed, £6,170,000, six part-funded")
		void reproducesTheFigures() throws IOException {
			int phase = ThreadLocalRandom.current().nextInt(1_000, 1_000_000);
			HttpResponse<String> imported = officer.postCsv("/api/v1/one-public-estate/partnerships/import?units=GBP", seedAsImportFile(phase));
			assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
			assertThat(json.readTree(imported.body()).get("inserted").asInt()).isEqualTo(24);

			JsonNode totals = get(officer, "/api/v1/one-public-estate/totals?phase=" + phase);
			assertThat(totals.get("partnerships").asInt()).isEqualTo(24);
			assertThat(totals.get("membershipsListed").asInt()).isEqualTo(106);
			assertThat(totals.get("distinctAuthorities").asInt()).isEqualTo(106);
			assertThat(totals.get("fundingAwarded").decimalValue()).isEqualByComparingTo("6170000");
			assertThat(totals.get("partFunded").asInt()).isEqualTo(6);
			int regionPartnerships = 0;
			BigDecimal regionFunding = BigDecimal.ZERO;
			for (JsonNode r : totals.get("byRegion")) {
				regionPartnerships += r.get("partnerships").asInt();
				regionFunding = regionFunding.add(r.get("fundingAwarded").decimalValue());
			}
			assertThat(regionPartnerships).isEqualTo(24);
			assertThat(regionFunding).isEqualByComparingTo("6170000");

			assertThat(officer.postCsv("/api/v1/one-public-estate/partnerships/import?units=GBP", seedAsImportFile(phase)).body())
				.contains("\"unchanged\":24", "\"inserted\":0");
		}

		@Test
		@DisplayName("the demonstration data holds the same table, with the 108 councils the paper states beside the 106 it lists")
		void demonstrationData() {
			JsonNode totals = get(new Http(port), "/api/v1/one-public-estate/totals?phase=3");
			assertThat(totals.get("partnerships").asInt()).isEqualTo(24);
			assertThat(totals.get("membershipsListed").asInt()).isEqualTo(106);
			assertThat(totals.get("fundingAwarded").decimalValue()).isEqualByComparingTo("6170000");
			assertThat(totals.get("stated").get("councils").asInt()).isEqualTo(108);

			String page = new Http(port).get("/one-public-estate?phase=3").body();
			assertThat(page).contains("£6,170,000", ">106<", ">108<", "Place Partnership", "Not named");
		}
	}

	@Nested
	@DisplayName("the mapping of the seed's names to the register")
	class Mapping {

		@Test
		@DisplayName("resolves every name to an authority of the register whose name matches the one printed")
		void everyNameIsInTheRegister() throws IOException {
			List<String> wrong = new ArrayList<>();
			for (Mapped m : mapping()) {
				Area area = register.find(m.gssCode()).orElse(null);
				if (area == null) {
					wrong.add(m + ": not in the register");
				}
				else if (!matches(m.listedAs(), area)) {
					wrong.add(m + ": the register calls it " + area.officialName());
				}
			}
			assertThat(wrong).isEmpty();
			assertThat(mapping().stream().filter(m -> m.role().equals("member"))).hasSize(106);
		}

		@Test
		@DisplayName("lists the same partnerships, members in the same order, leads and funding as the demonstration import file")
		void agreesWithTheImportFile() throws IOException {
			String file = new String(new ClassPathResource("demo/knowledge/ope-phase-3-partnerships.csv").getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(rows(file)).isEqualTo(rows(seedAsImportFile(3)));
		}

		static List<List<String>> rows(String csv) throws IOException {
			List<List<String>> rows = new ArrayList<>();
			for (var r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))) {
				rows.add(List.of(r.get("phase"), r.get("partnership"), r.get("region"), r.get("members"), r.get("lead"),
						r.get("funding_awarded").replaceAll("[^0-9]", ""), r.get("part_funding_years")));
			}
			return rows;
		}

		/** A printed name matches when, ignoring words such as Council or Borough, it is the register's name. */
		static boolean matches(String listed, Area area) {
			String l = core(listed);
			return l.equals(core(area.name())) || l.equals(core(area.officialName())) || core(area.officialName()).contains(l)
					|| l.contains(core(area.name()));
		}

		static String core(String name) {
			String s = " " + name.toLowerCase(Locale.ROOT).replace("'", "").replace("&", "and") + " ";
			for (String w : List.of("council", "borough", "city of", "district", "county", "metropolitan", "city", "london", " of ", "upon tyne")) {
				s = s.replace(w, " ");
			}
			return String.join(" ", s.trim().split("\\s+"));
		}
	}

	@Nested
	@DisplayName("the import")
	class Import {

		@Test
		@DisplayName("rejects a file with every bad row named, writing nothing")
		void rejectsBadRows() {
			int phase = ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000);
			String csv = "phase,partnership,region,members,lead,funding_awarded,part_funding_years\n"
					+ phase + ",Good one,London,E09000003,E09000003,1000,\n"
					+ phase + ",Bad members,London,E09999999;E09000003,,1000,\n"
					+ "x,Bad phase,Atlantis,E09000003,,-5,2015/17\n";
			HttpResponse<String> r = officer.postCsv("/api/v1/one-public-estate/partnerships/import?units=GBP", csv);
			assertThat(r.statusCode()).isEqualTo(422);
			assertThat(r.body()).contains("\"row\":3", "E09999999", "\"row\":4", "\"column\":\"phase\"", "\"column\":\"region\"",
					"\"column\":\"funding_awarded\"", "\"column\":\"part_funding_years\"");
			assertThat(get(officer, "/api/v1/one-public-estate/partnerships?phase=" + phase).get("totalItems").asInt()).isZero();
		}

		@Test
		@DisplayName("reads the lead as an authority, another body or nobody named, and amounts in thousands when told")
		void leads() {
			int phase = ThreadLocalRandom.current().nextInt(2_000_000, 3_000_000);
			String csv = "phase,partnership,region,members,lead,funding_awarded,part_funding_years\n"
					+ phase + ",A,London,E09000003;E09000005,E09000005,100,\n"
					+ phase + ",B,West Midlands,E07000236,Place Partnership,150,2015/16;2016/17\n"
					+ phase + ",C,E12000008,E06000044,,400,\n";
			assertThat(officer.postCsv("/api/v1/one-public-estate/partnerships/import?units=GBP_THOUSANDS", csv).statusCode()).isEqualTo(200);
			JsonNode items = get(new Http(port), "/api/v1/one-public-estate/partnerships?phase=" + phase).get("items");
			assertThat(items.get(0).get("lead").get("kind").asString()).isEqualTo("AUTHORITY");
			assertThat(items.get(0).get("lead").get("name").asString()).isEqualTo("Brent");
			assertThat(items.get(0).get("fundingAwarded").decimalValue()).isEqualByComparingTo("100000");
			assertThat(items.get(1).get("lead").get("kind").asString()).isEqualTo("OTHER_BODY");
			assertThat(items.get(1).get("partFunded").asBoolean()).isTrue();
			assertThat(items.get(1).get("regionName").asString()).isEqualTo("West Midlands");
			assertThat(items.get(2).get("lead").get("kind").asString()).isEqualTo("NOT_NAMED");
		}

		@Test
		@DisplayName("is for officers: the public and councils may not import")
		void officersOnly() {
			assertThat(new Http(port).postCsv("/api/v1/one-public-estate/partnerships/import?units=GBP", "phase\n").statusCode()).isIn(401, 403);
		}
	}
}
