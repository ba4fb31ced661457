package org.stocktake.register;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
class AreaApiTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Nested
	class ListingAreas {

		@Test
		void listsEveryCurrentPrincipalCouncilOfEnglandAndWales() {
			HttpResponse<String> response = http.get("/api/v1/areas?current=true&size=1000");
			assertThat(response.statusCode()).isEqualTo(200);
			int principal = 0;
			for (String type : new String[] { "COUNTY", "NON_METROPOLITAN_DISTRICT", "UNITARY", "METROPOLITAN_DISTRICT",
					"LONDON_BOROUGH", "CITY_OF_LONDON", "WELSH_UNITARY" }) {
				principal += count(http.get("/api/v1/areas?current=true&size=1&type=" + type.toLowerCase()).body());
			}
			// 21 counties, 164 districts, 63 unitaries, 36 metropolitan districts, 32 London boroughs, the City, 22 Welsh unitaries
			assertThat(principal).isEqualTo(339);
		}

		@Test
		void filtersByRegionCodeAndType() {
			String body = http.get("/api/v1/areas?region=E12000002&type=METROPOLITAN_DISTRICT&size=100").body();
			assertThat(count(body)).isEqualTo(15);
			assertThat(body).contains("\"gssCode\":\"E08000007\"", "\"regionName\":\"North West\"");
		}

		@Test
		void paginatesAsTheContractShapesIt() {
			String body = http.get("/api/v1/areas?page=1&size=10").body();
			assertThat(body).contains("\"page\":1", "\"size\":10", "\"totalItems\":");
		}

		@Test
		void rejectsAnUnknownTypeNamingTheParameter() {
			HttpResponse<String> response = http.get("/api/v1/areas?type=parish");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"field\":\"type\"", "\"value\":\"parish\"");
		}

		@Test
		void rejectsAPageSizeOverOneThousand() {
			HttpResponse<String> response = http.get("/api/v1/areas?size=1001");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("\"field\":\"size\"");
		}

		@Test
		void findsAnAuthorityDespiteATypo() {
			assertThat(http.get("/api/v1/areas?q=stockprt").body()).contains("\"gssCode\":\"E08000007\"");
		}
	}

	@Nested
	class OneArea {

		@Test
		void returnsTheContractFields() {
			String body = http.get("/api/v1/areas/E07000026").body();
			assertThat(body).contains("\"gssCode\":\"E07000026\"", "\"name\":\"Allerdale\"", "\"type\":\"NON_METROPOLITAN_DISTRICT\"",
					"\"region\":\"E12000002\"", "\"current\":false", "\"parentGssCode\":\"E10000006\"", "\"endDate\":\"2023-04-01\"",
					"\"successorGssCodes\":[\"E06000063\"]", "\"startDate\":null");
		}

		@Test
		void resolvesAFormerGssCodeToItsAuthority() {
			String body = http.get("/api/v1/areas/E06000048").body();
			assertThat(body).contains("\"gssCode\":\"E06000057\"", "\"name\":\"Northumberland\"");
		}

		@Test
		void derivesAMissingRegionFromTheSuccessor() {
			// Buckinghamshire County Council has no region in the source; its successor is in the South East.
			String body = http.get("/api/v1/areas?q=Buckinghamshire&current=false").body();
			assertThat(body).contains("\"region\":\"E12000008\"");
		}

		@Test
		void answersAnUnknownCodeWith404ProblemDetail() {
			HttpResponse<String> response = http.get("/api/v1/areas/E99999999");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).contains("\"status\":404", "E99999999");
		}

		@Test
		void loadsFireAndRescueAuthoritiesWithTheirAreas() {
			assertThat(http.get("/api/v1/areas/E31000040").body()).contains("\"type\":\"FIRE_AND_RESCUE\"", "\"region\":\"E12000002\"");
			assertThat(http.get("/api/v1/groups/fire-greater-manchester").body()).contains("E08000007");
		}

		@Test
		void loadsCombinedAuthorityMembership() {
			String body = http.get("/api/v1/groups/ca-greater-manchester").body();
			assertThat(body).contains("\"kind\":\"COMBINED_AUTHORITY\"", "E08000007", "\"areaGssCode\":\"E47000001\"");
		}
	}

	static int count(String body) {
		return Integer.parseInt(body.replaceAll("(?s).*\"totalItems\":(\\d+).*", "$1"));
	}
}
