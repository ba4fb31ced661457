package org.stocktake.data;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The data pages")
class DataPagesTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	@DisplayName("the catalogue finds measures by text and theme")
	void catalogue() {
		HttpResponse<String> page = http.get("/data?q=recycling&theme=waste");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/data/measures/household-recycling-rate").doesNotContain("/data/measures/population\"");
	}

	@Test
	@DisplayName("a measure page shows its source and licence, labelled statistics, the chosen council highlighted, a chart and its table")
	void measurePage() {
		HttpResponse<String> page = http.get("/data/measures/household-recycling-rate?period=2019/20&area=E08000007&group=region");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).containsPattern("/webjars/echarts/[0-9.]+/echarts.min.js");
		assertThat(body).contains("Defra ENV18", "Open Government Licence v3.0", "Mean of council values", "Median of council values",
				"Mean weighted by population (2019)", "stocktake-row--highlight", "Chosen council", "id=\"benchmark-chart-data\"",
				"echarts.min.js", "/js/data-chart.js", "format=csv", "North West");
		assertThat(body).doesNotContain(">Average<");
		assertThat(body).doesNotContainPattern("<script>[^<]");
	}

	@Test
	@DisplayName("the chart library and its script are served locally")
	void chartAssets() {
		assertThat(http.get("/webjars/echarts/echarts.min.js").statusCode()).isEqualTo(200);
		assertThat(http.get("/js/data-chart.js").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("a suppressed or missing figure is shown with its marker, never as zero")
	void markersShown() {
		// the Oflog adult social care file leaves some values blank: they are missing, not zero
		String body = http.get("/api/v1/values?measure=asc-workforce-turnover&size=1000").body();
		assertThat(body).contains("\"status\":\"missing\"");
		String code = body.replaceAll("(?s).*?\"areaGssCode\":\"([EW][0-9]{8})\",\"period\":\"([^\"]+)\",\"value\":null,\"status\":\"missing\".*", "$1|$2");
		String[] parts = code.split("\\|");
		String page = http.get("/data/measures/asc-workforce-turnover?period=" + parts[1] + "&area=" + parts[0]).body();
		assertThat(page).contains("No figure: missing");
	}

	@Test
	@DisplayName("an authority's page links to its data profile, which shows rank and quartile by theme")
	void areaProfile() {
		assertThat(http.get("/areas/E08000007").body()).contains("/areas/E08000007/data");
		HttpResponse<String> page = http.get("/areas/E08000007/data?theme=waste");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Household waste sent for reuse, recycling or composting", "Quartile", "Mean of council values");
	}
}
