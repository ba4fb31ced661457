package org.stocktake.platform.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach what. Every endpoint the application serves (controllers, actuator, OpenAPI, and the
 * sign-in/sign-out filters) must have a row in one of {@code src/test/resources/access-matrix/*.csv}
 * with a concrete example path and Y/N for each role; every row is then called as each role. An
 * endpoint without a row, or a row whose endpoint is gone, fails the build.
 *
 * <p>Y means the role reaches the endpoint: any answer but 401 or 403 and no redirect to the
 * sign-in page. Writing calls send an empty body, so a role that is let in meets validation (or a
 * 404 for the example's made-up id) and nothing is written.
 */
@StocktakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

	static final String HEADER = "method,path,anonymous,council,member,officer,admin";

	/** Handled by Spring Security's filters rather than by a controller, but endpoints all the same. */
	static final List<Endpoint> FILTER_ENDPOINTS = List.of(new Endpoint("POST", "/sign-in"), new Endpoint("POST", "/sign-out"));

	/** Static files: no handler mapping names them, so a row for them must find a real file. */
	static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/assets/", "/webjars/", "/swagger-ui/", "/favicon.ico");

	enum Caller {
		ANONYMOUS, COUNCIL, MEMBER, OFFICER, ADMIN
	}

	record Endpoint(String method, String pattern) implements Comparable<Endpoint> {
		@Override
		public int compareTo(Endpoint o) {
			return Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method).compare(this, o);
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	record Row(String file, int line, String method, String path, Map<Caller, Boolean> allowed) {
		String where() {
			return file + ":" + line;
		}

		String pathOnly() {
			int q = path.indexOf('?');
			return q < 0 ? path : path.substring(0, q);
		}
	}

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	Map<Caller, Http> callers;

	List<Row> rows;

	Set<Endpoint> endpoints;

	@BeforeAll
	void setUp() throws IOException {
		Http http = new Http(port);
		TestUsers users = new TestUsers(context);
		callers = new EnumMap<>(Caller.class);
		callers.put(Caller.ANONYMOUS, http);
		for (Caller c : List.of(Caller.COUNCIL, Caller.MEMBER, Caller.OFFICER, Caller.ADMIN)) {
			callers.put(c, http.as(users.create(Role.valueOf(c.name())).token()));
		}
		rows = readRows();
		endpoints = endpoints(context);
	}

	@Test
	@DisplayName("every endpoint the application serves has a row in the access matrix")
	void everyEndpointHasARow() {
		List<String> missing = new ArrayList<>();
		for (Endpoint e : endpoints) {
			boolean covered = rows.stream().anyMatch(r -> r.method().equals(e.method()) && e.equals(endpointOf(r).orElse(null)));
			if (!covered) {
				missing.add(e.toString());
			}
		}
		assertThat(missing).as("Endpoints without a row in src/test/resources/access-matrix/*.csv (add one per endpoint with a concrete "
				+ "example path, e.g. GET,/areas/E08000007,Y,Y,Y,Y,Y)").isEmpty();
	}

	@Test
	@DisplayName("every row of the access matrix names an endpoint that still exists")
	void everyRowNamesAnEndpoint() {
		List<String> stale = new ArrayList<>();
		for (Row r : rows) {
			if (endpointOf(r).isEmpty() && !isStatic(r)) {
				stale.add(r.where() + " " + r.method() + " " + r.path());
			}
		}
		assertThat(stale).as("Rows whose method and path match no endpoint any more").isEmpty();
	}

	@Test
	@DisplayName("no endpoint has two rows")
	void noEndpointHasTwoRows() {
		Map<String, List<String>> byEndpoint = new LinkedHashMap<>();
		for (Row r : rows) {
			endpointOf(r).ifPresent(e -> byEndpoint.computeIfAbsent(e.toString(), k -> new ArrayList<>()).add(r.where()));
		}
		assertThat(byEndpoint.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList()).isEmpty();
	}

	@TestFactory
	@DisplayName("each role reaches exactly the endpoints its row allows")
	Stream<DynamicContainer> eachRoleReachesWhatItsRowSays() {
		return rows.stream().map(row -> DynamicContainer.dynamicContainer(row.method() + " " + row.path() + " (" + row.where() + ")",
				Arrays.stream(Caller.values()).map(caller -> DynamicTest.dynamicTest(
						caller.name().toLowerCase() + (row.allowed().get(caller) ? " reaches it" : " is refused"),
						() -> check(row, caller)))));
	}

	private void check(Row row, Caller caller) {
		Http http = callers.get(caller);
		if (caller == Caller.ANONYMOUS && !row.method().equals("GET")) {
			// a visitor with a session and a CSRF token, so that only authorisation can refuse them
			http = http.withSession();
		}
		HttpResponse<String> response = http.send(row.method(), row.path(), contentType(row), body(row));
		boolean reached = reached(response);
		assertThat(reached)
			.as("%s %s as %s answered %d%s: expected %s", row.method(), row.path(), caller, response.statusCode(),
					response.headers().firstValue("Location").map(l -> " to " + l).orElse(""),
					row.allowed().get(caller) ? "to reach it" : "refusal (401, 403 or a redirect to /sign-in)")
			.isEqualTo(row.allowed().get(caller));
		if (isStatic(row) && reached) {
			assertThat(response.statusCode()).as("the static file %s exists", row.path()).isEqualTo(200);
		}
	}

	static boolean reached(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 401 || status == 403) {
			return false;
		}
		if (status >= 300 && status < 400) {
			String location = response.headers().firstValue("Location").orElse("");
			String path = location.replaceFirst("^https?://[^/]+", "");
			return !path.equals("/sign-in");
		}
		return true;
	}

	private static String contentType(Row row) {
		if (row.method().equals("GET") || row.method().equals("DELETE")) {
			return null;
		}
		if (row.pathOnly().startsWith("/api/") && row.pathOnly().endsWith("/import")) {
			return "text/csv";
		}
		return row.pathOnly().startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
	}

	private static byte[] body(Row row) {
		String type = contentType(row);
		if (type == null) {
			return null;
		}
		return (type.equals("application/json") ? "{}" : "").getBytes(StandardCharsets.UTF_8);
	}

	private Optional<Endpoint> endpointOf(Row row) {
		PathContainer path = PathContainer.parsePath(row.pathOnly());
		return endpoints.stream()
			.filter(e -> e.method().equals(row.method()))
			.map(e -> Map.entry(e, PathPatternParser.defaultInstance.parse(e.pattern())))
			.filter(e -> e.getValue().matches(path))
			.min((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.getValue(), b.getValue()))
			.map(Map.Entry::getKey);
	}

	private static boolean isStatic(Row row) {
		return row.method().equals("GET") && STATIC_PREFIXES.stream().anyMatch(p -> row.pathOnly().startsWith(p));
	}

	/** Every (method, pattern) that a handler mapping serves, plus the security filters' endpoints. */
	static Set<Endpoint> endpoints(ApplicationContext context) {
		Set<Endpoint> all = new TreeSet<>(FILTER_ENDPOINTS);
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						all.add(new Endpoint("GET", pattern));
					}
					methods.forEach(m -> all.add(new Endpoint(m.name(), pattern)));
				}
			}
		}
		return all;
	}

	static List<Row> readRows() throws IOException {
		List<Row> rows = new ArrayList<>();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:access-matrix/*.csv");
		assertThat(files).as("access-matrix files").isNotEmpty();
		for (Resource file : files) {
			List<String> lines = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
			assertThat(lines.isEmpty() ? "" : lines.get(0).trim()).as("header of %s", file.getFilename()).isEqualTo(HEADER);
			for (int i = 1; i < lines.size(); i++) {
				String line = lines.get(i).trim();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(",", -1);
				String where = file.getFilename() + ":" + (i + 1);
				assertThat(cells).as("%s has 7 cells", where).hasSize(7);
				Map<Caller, Boolean> allowed = new EnumMap<>(Caller.class);
				for (Caller c : Caller.values()) {
					String cell = cells[2 + c.ordinal()].trim();
					assertThat(cell).as("%s %s cell", where, c).isIn("Y", "N");
					allowed.put(c, cell.equals("Y"));
				}
				rows.add(new Row(file.getFilename(), i + 1, cells[0].trim().toUpperCase(), cells[1].trim(), allowed));
			}
		}
		return rows;
	}

}
