package org.stocktake.collection;

import java.net.http.HttpResponse;
import java.util.List;

import org.stocktake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public route of the benchmarking service that could show a figure: the measure pages (with
 * their chart data inline), the area's data profile page, the values API in JSON and CSV (one measure, or a whole theme's bulk download), the
 * comparison (chart data) and profile APIs. Submitted figures must appear on none of them before the
 * publication date, and on all of them after.
 */
final class Embargo {

	private Embargo() {
	}

	static List<String> routes(CollectionFixture fx, String gss) {
		return List.of("/data/measures/" + fx.received + "?period=2025-26-Q2&area=" + gss + "&group=england",
				"/data/measures/" + fx.decided + "?period=2025-26-Q2&area=" + gss + "&group=england",
				"/areas/" + gss + "/data",
				"/api/v1/values?measure=" + fx.received + "&area=" + gss,
				"/api/v1/values?measure=" + fx.decided + "&period=2025-26-Q2",
				"/api/v1/values?measure=" + fx.received + "&format=csv",
				"/api/v1/values?measure=" + fx.decided + "&period=2025-26-Q2&format=csv",
				"/api/v1/benchmark?measure=" + fx.received + "&period=2025-26-Q2&area=" + gss,
				"/api/v1/benchmark?measure=" + fx.decided + "&period=2025-26-Q2&area=" + gss,
				"/api/v1/areas/" + gss + "/profile",
				"/api/v1/values?theme=" + fx.theme + "&format=csv");
	}

	static void assertNotVisible(Http http, CollectionFixture fx, String gss, String... figures) {
		for (String route : routes(fx, gss)) {
			HttpResponse<String> r = http.get(route);
			assertThat(r.statusCode()).as(route).isIn(200, 400);
			for (String figure : figures) {
				assertThat(r.body()).as("%s before publication", route).doesNotContain(figure);
			}
		}
	}

	static void assertVisible(Http http, CollectionFixture fx, String gss, String... figures) {
		for (String route : routes(fx, gss)) {
			HttpResponse<String> r = http.get(route);
			assertThat(r.statusCode()).as(route).isEqualTo(200);
			boolean anyFigure = false;
			for (String figure : figures) {
				anyFigure |= r.body().contains(figure);
			}
			assertThat(anyFigure).as("%s after publication shows one of %s", route, List.of(figures)).isTrue();
		}
	}
}
